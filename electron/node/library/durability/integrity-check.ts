import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `PRAGMA integrity_check` on the database exactly as the crash left it: the file and its WAL are
 * copied first, so checking (which replays and checkpoints the WAL) does not do the library's own
 * recovery for it.
 */
export const integrityCheck = (database: string): string[] => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-integrity-'));
  try {
    const copy = path.join(scratch, 'library.sqlite');
    fs.copyFileSync(database, copy);
    if (fs.existsSync(`${database}-wal`)) fs.copyFileSync(`${database}-wal`, `${copy}-wal`);
    const db = new Database(copy, { fileMustExist: true });
    try {
      const rows = db.pragma('integrity_check') as { integrity_check: string }[];
      return rows.map((row) => row.integrity_check);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
};
