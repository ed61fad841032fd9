import { existsSync } from 'node:fs';
import path from 'node:path';

/** Those of `fileNames` already in `folder`. */
export const existingExportFiles = (folder: string, fileNames: readonly string[]): string[] =>
  fileNames.filter((name) => existsSync(path.join(folder, name)));
