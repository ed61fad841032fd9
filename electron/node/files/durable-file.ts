import fs from 'node:fs';

const ignoredFolderSyncErrors = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES']);

export const syncFile = (file: string): void => {
  const descriptor = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
};

/** Makes a rename or a new file in `folder` durable (POSIX); a no-op where folders cannot be synced. */
export const syncFolder = (folder: string): void => {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(folder, 'r');
    fs.fsyncSync(descriptor);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!ignoredFolderSyncErrors.has(code)) throw error;
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
};
