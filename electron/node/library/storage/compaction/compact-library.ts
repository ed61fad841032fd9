import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupLibrary } from '../backup-library';
import { rewriteOldRows } from './rewrite-old-rows';

export interface CompactionReport {
  /** The database with its journal files, before and after. */
  bytesBefore: number;
  bytesAfter: number;
  /** The copy taken before anything changed. */
  backup: string;
}

export type CompactionStep = 'backup' | 'rewrite' | 'vacuum';

const sizeOnDisk = (database: string): number =>
  ['', '-wal', '-shm'].reduce((total, suffix) => {
    try {
      return total + fs.statSync(`${database}${suffix}`).size;
    } catch {
      return total;
    }
  }, 0);

/** Where the copy taken before compacting lives: beside the library, named by the moment. */
export const compactionBackupFile = (database: string, now: Date): string =>
  path.join(
    path.dirname(database),
    `library-before-compaction-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`,
  );

/**
 * "Compact library": a backup first (never replacing a file), then old rows rewritten in their
 * compact forms (batch by batch), then VACUUM, which rebuilds the file and gives the free pages
 * back to the disk atomically. A crash at any point leaves a library that opens and reads the same.
 */
export const compactLibrary = async (
  db: Database.Database,
  database: string,
  now: Date,
  onStep: (step: CompactionStep) => void = () => undefined,
): Promise<CompactionReport> => {
  const bytesBefore = sizeOnDisk(database);
  onStep('backup');
  const backup = await backupLibrary(db, database, compactionBackupFile(database, now), {
    replace: false,
  });
  onStep('rewrite');
  rewriteOldRows(db);
  onStep('vacuum');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { bytesBefore, bytesAfter: sizeOnDisk(database), backup };
};
