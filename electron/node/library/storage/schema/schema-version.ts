import type Database from 'better-sqlite3';

const migrationTableExists = (db: Database.Database): boolean =>
  db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get() !== undefined;

/** The schema version of a library: the newest applied migration (0 for an empty database). */
export const readSchemaVersion = (db: Database.Database): number => {
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (!migrationTableExists(db)) return userVersion;
  const newest = db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as
    number | null;
  return Math.max(userVersion, newest ?? 0);
};
