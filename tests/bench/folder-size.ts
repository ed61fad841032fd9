import fs from 'node:fs';
import path from 'node:path';

/** Bytes of every file under `folder`. */
export const folderSize = (folder: string): number =>
  fs.readdirSync(folder, { withFileTypes: true, recursive: true }).reduce((total, entry) => {
    if (!entry.isFile()) return total;
    return total + fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }, 0);
