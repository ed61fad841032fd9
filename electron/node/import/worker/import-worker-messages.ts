import type { AppErrorShape } from '../../../../shared/errors/error-code';
import type { WireItem } from '../../../../shared/model/wire-item';
import type { ImportedDraft } from '../imported-draft';

/** One file to convert: its bytes (drop, browser mode) or its path (file dialog, CLI). */
export type ImportSource = { name: string; bytes: Uint8Array } | { path: string };

/** Calling thread → worker: an article file to convert, or an agency file to read (`wire`). */
export type ToImportWorker = { type: 'import' | 'wire'; id: number; source: ImportSource };

/** Worker → calling thread. `started` starts the file's time budget (module loading is not counted). */
export type FromImportWorker =
  | { type: 'started'; id: number }
  | { type: 'imported'; id: number; draft: ImportedDraft }
  | { type: 'wired'; id: number; items: WireItem[] }
  | { type: 'failed'; id: number; error: AppErrorShape };
