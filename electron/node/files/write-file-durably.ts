import fs from 'node:fs';
import path from 'node:path';
import { syncFolder } from './durable-file';
import { temporaryPath } from './temporary-file';

/** Creates `file` (which must not exist), writes `data` and fsyncs it. */
export type WriteNewFile = (file: string, data: string | Uint8Array) => void;

const writeAndSync: WriteNewFile = (file, data) => {
  const descriptor = fs.openSync(file, 'wx', 0o644);
  try {
    fs.writeFileSync(descriptor, data);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
};

/**
 * Temp file in the same folder, fsync, rename over the target, fsync the folder: after a crash
 * the target is either absent or complete, never partial. The one crash-safe write of the app.
 */
export const writeFileDurably = (
  target: string,
  data: string | Uint8Array,
  writeNewFile: WriteNewFile = writeAndSync,
): void => {
  const temporary = temporaryPath(target);
  try {
    writeNewFile(temporary, data);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(target));
};
