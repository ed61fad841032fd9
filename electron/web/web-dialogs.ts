import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { DialogService } from '../host/dialog-service';
import { confinedPath } from '../host/paths/confined-path';

export interface WebDialogOptions {
  /** `--export-dir`: the answer to every "where to export/save" question. */
  exportFolder: string | null;
  /** Where to explain a question browser mode cannot answer (stderr). */
  report: (message: string) => void;
}

/** `name`, or `name-2`, `name-3` … before its extension: the first that names no file yet. */
const freeFileName = (folder: string, name: string): string => {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  let candidate = name;
  for (let number = 2; existsSync(join(folder, candidate)); number += 1)
    candidate = `${stem}-${number}${extension}`;
  return candidate;
};

/**
 * Browser mode has no native dialogs: it answers them from the command line, and only with
 * places inside `--export-dir` (real paths, so a `..` or a symbolic link cannot lead out). A
 * backup gets a name no file has yet.
 */
export const createWebDialogs = ({ exportFolder, report }: WebDialogOptions): DialogService => ({
  saveFolder: exportFolder,
  chooseFolder(purpose) {
    if (purpose === 'export') {
      if (exportFolder === null)
        report('Browser mode cannot choose an export folder: restart with --export-dir DIR.');
      return Promise.resolve(exportFolder && confinedPath(exportFolder, [exportFolder]));
    }
    if (purpose === 'wire-drop') {
      report('Browser mode cannot choose a drop folder: restart with --wire-folder DIR.');
      return Promise.resolve(null);
    }
    report('Browser mode cannot choose a library folder: restart Copydesk with --library DIR.');
    return Promise.resolve(null);
  },
  async chooseSaveFile(purpose, suggestedName) {
    if (exportFolder === null) {
      report('Browser mode cannot choose where to save: restart with --export-dir DIR.');
      return null;
    }
    // A native save dialog only offers folders that exist; --export-dir may not exist yet.
    await mkdir(exportFolder, { recursive: true });
    const name = purpose === 'backup' ? freeFileName(exportFolder, suggestedName) : suggestedName;
    return confinedPath(join(exportFolder, name), [exportFolder]);
  },
  chooseFiles() {
    // The page imports through a file input and `import:files` instead.
    return Promise.resolve(null);
  },
  confirm() {
    return Promise.resolve(true);
  },
});
