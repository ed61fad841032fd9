import type { AppErrorShape } from '../../../shared/errors/error-code';
import type { ExportFailure } from '../../../shared/model/export-job';

/** Calling thread → worker. */
export type ToExportWorker = { type: 'cancel' };

/** Worker → calling thread. */
export type FromExportWorker =
  | { type: 'progress'; done: number; paths: string[]; failures: ExportFailure[] }
  | { type: 'finished'; paths: string[]; failures: ExportFailure[]; cancelled: boolean }
  | { type: 'failed'; error: AppErrorShape };
