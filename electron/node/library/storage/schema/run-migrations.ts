import type Database from 'better-sqlite3';
import type { Migration } from './migration';
import { readSchemaVersion } from './schema-version';

/**
 * Brings the database up to the newest migration, each step in its own transaction that also
 * records it, so a failure leaves the library at the previous version. Returns the new version.
 */
export const runMigrations = (
  db: Database.Database,
  list: readonly Migration[],
  now: () => Date,
): number => {
  const ordered = [...list].sort((left, right) => left.version - right.version);
  for (const migration of ordered) {
    db.transaction(() => {
      if (readSchemaVersion(db) >= migration.version) return;
      db.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        now().toISOString(),
      );
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return readSchemaVersion(db);
};
