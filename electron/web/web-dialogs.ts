import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DialogService } from '../host/dialog-service';

export interface WebDialogOptions {
  /** `--export-dir`: the answer to every "where to export/save" question. */
  exportFolder: string | null;
  /** Where to explain a question browser mode cannot answer (stderr). */
  report: (message: string) => void;
}

/** Browser mode has no native dialogs: it answers them from the command line. */
export const createWebDialogs = ({ exportFolder, report }: WebDialogOptions): DialogService => ({
  chooseFolder(purpose) {
    if (purpose === 'export') {
      if (exportFolder === null)
        report('Browser mode cannot choose an export folder: restart with --export-dir DIR.');
      return Promise.resolve(exportFolder);
    }
    report('Browser mode cannot choose a library folder: restart Copydesk with --library DIR.');
    return Promise.resolve(null);
  },
  async chooseSaveFile(_purpose, suggestedName) {
    if (exportFolder === null) {
      report('Browser mode cannot choose where to save: restart with --export-dir DIR.');
      return null;
    }
    // A native save dialog only offers folders that exist; --export-dir may not exist yet.
    await mkdir(exportFolder, { recursive: true });
    return join(exportFolder, suggestedName);
  },
  chooseFiles() {
    // The page imports through a file input and `import:files` instead.
    return Promise.resolve(null);
  },
  confirm() {
    return Promise.resolve(true);
  },
});
