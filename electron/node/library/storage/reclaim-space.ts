import type Database from 'better-sqlite3';

/**
 * After a migration that rewrote much of the file (version 3 frees the old search text and the
 * uncompressed snapshots), gives the free pages back to the disk. VACUUM is atomic on its own.
 */
export const reclaimSpaceAfterMigration = (db: Database.Database): void => {
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  if (free > pages / 4) db.exec('VACUUM');
};
