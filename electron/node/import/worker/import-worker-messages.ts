import type { AppErrorShape } from '../../../../shared/errors/error-code';
import type { ImportedDraft } from '../imported-draft';

/** One file to convert: its bytes (drop, browser mode) or its path (file dialog, CLI). */
export type ImportSource = { name: string; bytes: Uint8Array } | { path: string };

/** Calling thread → worker. */
export type ToImportWorker = { type: 'import'; id: number; source: ImportSource };

/** Worker → calling thread. `started` starts the file's time budget (module loading is not counted). */
export type FromImportWorker =
  | { type: 'started'; id: number }
  | { type: 'imported'; id: number; draft: ImportedDraft }
  | { type: 'failed'; id: number; error: AppErrorShape };
