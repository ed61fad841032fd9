import fs from 'node:fs';
import path from 'node:path';
import { syncFolder } from '../library/durable-file';
import { temporaryPath } from '../library/temporary-file';

/**
 * Temp file in the same folder, fsync, rename over the target, fsync the folder: after a crash
 * the target is either absent or complete, never partial.
 */
export const writeFileDurably = (target: string, bytes: Uint8Array): void => {
  const temporary = temporaryPath(target);
  try {
    const descriptor = fs.openSync(temporary, 'wx', 0o644);
    try {
      fs.writeFileSync(descriptor, bytes);
      fs.fsyncSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(target));
};
