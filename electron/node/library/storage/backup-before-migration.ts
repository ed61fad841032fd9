import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { syncFile, syncFolder } from '../../files/durable-file';
import { removeTemporaryFile, temporaryPath } from '../../files/temporary-file';

/** Where the copy of a library taken before migrating it from `version` lives, beside it. */
export const migrationBackupFile = (database: string, version: number): string =>
  path.join(path.dirname(database), `library-schema-${version}-backup.sqlite`);

/**
 * A whole copy of the library as `version` left it, taken before any migration writes (VACUUM
 * INTO a temp file, synced, renamed into place). A copy from an earlier attempt at the same
 * migration is kept as it is: it already holds the library before anything changed.
 */
export const backupBeforeMigration = (
  db: Database.Database,
  database: string,
  version: number,
): string => {
  const destination = migrationBackupFile(database, version);
  if (fs.existsSync(destination)) return destination;
  const temporary = temporaryPath(destination);
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    syncFile(temporary);
    fs.renameSync(temporary, destination);
    syncFolder(path.dirname(destination));
    return destination;
  } catch (error) {
    removeTemporaryFile(temporary);
    throw error;
  }
};
