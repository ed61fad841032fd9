import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors/error-code';
import type { ExportJob } from './export-options';
import type { FromExportWorker, ToExportWorker } from './export-worker-messages';
import { runExportJob } from './run-export-job';

// The export worker: renders and writes the batch posted as workerData, off the calling thread.
const port = parentPort;
if (port === null) throw new Error('export-worker must run as a worker thread');

let cancelled = false;
const listen = (message: ToExportWorker): void => {
  if (message.type === 'cancel') cancelled = true;
};
port.on('message', listen);

const post = (message: FromExportWorker): void => port.postMessage(message);

try {
  const result = await runExportJob(workerData as ExportJob, {
    onProgress: (done, paths, failures) =>
      post({ type: 'progress', done, paths: [...paths], failures: [...failures] }),
    isCancelled: () => cancelled,
  });
  post({ type: 'finished', ...result });
} catch (error) {
  post({
    type: 'failed',
    error:
      error instanceof AppError
        ? { code: error.code, message: error.message }
        : { code: 'internal', message: error instanceof Error ? error.message : String(error) },
  });
} finally {
  // Without a listener the port no longer holds the thread open: it exits once messages are sent.
  port.off('message', listen);
}
