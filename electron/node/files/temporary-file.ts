import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const suffix = '.copydesk-tmp';
const strayPattern = /\.copydesk-tmp(-wal|-shm|-journal)?$/;

/** A temp path in the same folder as `target`, so a rename over the target stays atomic. */
export const temporaryPath = (target: string): string =>
  path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}${suffix}`,
  );

/** Removes temp files (and their SQLite side files) left by a crash; call under the library lock. */
export const sweepStrayTemporaryFiles = (folder: string): string[] => {
  const swept = fs.readdirSync(folder).filter((name) => strayPattern.test(name));
  for (const name of swept) fs.rmSync(path.join(folder, name), { force: true });
  return swept;
};

export const removeTemporaryFile = (file: string): void => {
  for (const side of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + side, { force: true });
};
