import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../../shared/errors/error-code';
import { importBytes } from '../import-bytes';
import { importFile } from '../import-file';
import { parseWireFile } from '../../wire/parse-wire-file';
import type { FromImportWorker, ImportSource, ToImportWorker } from './import-worker-messages';

// The import worker: converts one file (or reads one agency file) at a time, off the calling thread, under the memory cap
// and time budget its parent sets; a runaway file ends with the worker terminated.
const port = parentPort;
if (port === null) throw new Error('import-worker must run as a worker thread');

const post = (message: FromImportWorker): void => port.postMessage(message);

const convert = (source: ImportSource) =>
  'path' in source ? importFile(source.path) : importBytes(source.name, source.bytes);

const readWire = async (source: ImportSource) =>
  'path' in source
    ? parseWireFile(basename(source.path), new Uint8Array(await readFile(source.path)))
    : parseWireFile(source.name, source.bytes);

const handle = (message: ToImportWorker): Promise<FromImportWorker> =>
  message.type === 'wire'
    ? readWire(message.source).then((items) => ({ type: 'wired', id: message.id, items }))
    : convert(message.source).then((draft) => ({ type: 'imported', id: message.id, draft }));

port.on('message', (message: ToImportWorker) => {
  const { id } = message;
  post({ type: 'started', id });
  handle(message).then(
    (reply) => post(reply),
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
