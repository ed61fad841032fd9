import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A private copy of a library that cannot be opened in place (its folder is read-only). */
export interface ReadableCopy {
  file: string;
  dispose(): void;
}

export const copyForReading = (database: string): ReadableCopy => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-read-only-'));
  const file = path.join(folder, path.basename(database));
  const dispose = (): void => fs.rmSync(folder, { recursive: true, force: true });
  try {
    fs.copyFileSync(database, file);
    if (fs.existsSync(`${database}-wal`)) fs.copyFileSync(`${database}-wal`, `${file}-wal`);
  } catch (error) {
    dispose();
    throw error;
  }
  return { file, dispose };
};
