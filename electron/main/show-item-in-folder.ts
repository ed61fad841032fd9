import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';

/**
 * Electron's `shell.showItemInFolder` for a file an export wrote: only an absolute path that
 * still exists reaches the shell; false otherwise, so the page can say the file is gone.
 */
export const createShowItemInFolder =
  (
    shell: { showItemInFolder(path: string): void },
    exists: (path: string) => boolean = existsSync,
  ) =>
  (path: string): boolean => {
    if (!isAbsolute(path) || !exists(path)) return false;
    shell.showItemInFolder(path);
    return true;
  };
