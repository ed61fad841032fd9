import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../../shared/errors/error-code';
import { importBytes } from '../import-bytes';
import { importFile } from '../import-file';
import type { FromImportWorker, ImportSource, ToImportWorker } from './import-worker-messages';

// The import worker: converts one file at a time, off the calling thread, under the memory cap
// and time budget its parent sets; a runaway file ends with the worker terminated.
const port = parentPort;
if (port === null) throw new Error('import-worker must run as a worker thread');

const post = (message: FromImportWorker): void => port.postMessage(message);

const convert = (source: ImportSource) =>
  'path' in source ? importFile(source.path) : importBytes(source.name, source.bytes);

port.on('message', (message: ToImportWorker) => {
  const { id, source } = message;
  post({ type: 'started', id });
  convert(source).then(
    (draft) => post({ type: 'imported', id, draft }),
    (error: unknown) =>
      post({
        type: 'failed',
        id,
        error:
          error instanceof AppError
            ? { code: error.code, message: error.message }
            : { code: 'internal', message: error instanceof Error ? error.message : String(error) },
      }),
  );
});
