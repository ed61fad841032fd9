import type Database from 'better-sqlite3';
import type { Migration } from './migration';
import { readSchemaVersion } from './schema-version';

const migrationTableExists = (db: Database.Database): boolean =>
  db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get() !== undefined;

/** Recorded by number, not by "at most the newest": a step merged later still runs. */
const isApplied = (db: Database.Database, version: number): boolean => {
  if (!migrationTableExists(db)) {
    return (db.pragma('user_version', { simple: true }) as number) >= version;
  }
  return db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(version) !== undefined;
};

/**
 * Brings the database up to the newest migration, each step in its own transaction that also
 * records it, so a failure leaves the library at the previous version. Returns the new version.
 * Order-safe: a step is skipped only when its own number is recorded, so a library that already
 * has step N+1 (two branches each adding one) still gets step N.
 */
export const runMigrations = (
  db: Database.Database,
  list: readonly Migration[],
  now: () => Date,
): number => {
  const ordered = [...list].sort((left, right) => left.version - right.version);
  for (const migration of ordered) {
    db.transaction(() => {
      if (isApplied(db, migration.version)) return;
      db.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        now().toISOString(),
      );
      db.pragma(`user_version = ${Math.max(readSchemaVersion(db), migration.version)}`);
    }).immediate();
  }
  return readSchemaVersion(db);
};
