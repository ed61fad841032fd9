import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors/error-code';
import type { ExportFailure } from '../../../shared/model/export-job';
import type { ExportJob } from './export-options';
import type { ExportJobResult } from './run-export-job';
import { exportWorkerEntry } from './export-worker-entry';
import type { FromExportWorker, ToExportWorker } from './export-worker-messages';

export interface ExportWorkerEvents {
  onProgress?(done: number, paths: readonly string[], failures: readonly ExportFailure[]): void;
  /** Aborting asks the worker to stop after the file it is writing. */
  signal?: AbortSignal;
}

/** Runs a batch in a worker thread, so the calling thread (UI host, server) stays responsive. */
export const runExportInWorker = (
  job: ExportJob,
  events: ExportWorkerEvents = {},
): Promise<ExportJobResult> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(exportWorkerEntry(), { workerData: job });
    const cancel = () => worker.postMessage({ type: 'cancel' } satisfies ToExportWorker);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      events.signal?.removeEventListener('abort', cancel);
      outcome();
    };
    if (events.signal?.aborted === true) cancel();
    events.signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: FromExportWorker) => {
      if (message.type === 'progress') {
        events.onProgress?.(message.done, message.paths, message.failures);
      } else if (message.type === 'finished') settle(() => resolve(message));
      else settle(() => reject(new AppError(message.error.code, message.error.message)));
    });
    worker.on('error', (error) =>
      settle(() => reject(new AppError('internal', `The export stopped: ${error.message}`))),
    );
    worker.on('exit', (code) =>
      settle(() =>
        reject(new AppError('internal', `The export stopped unexpectedly (exit code ${code}).`)),
      ),
    );
  });
