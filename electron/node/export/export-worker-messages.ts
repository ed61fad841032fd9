import type { AppErrorShape } from '../../../shared/errors/error-code';

/** Calling thread → worker. */
export type ToExportWorker = { type: 'cancel' };

/** Worker → calling thread. */
export type FromExportWorker =
  | { type: 'progress'; done: number; paths: string[] }
  | { type: 'finished'; paths: string[]; cancelled: boolean }
  | { type: 'failed'; error: AppErrorShape };
