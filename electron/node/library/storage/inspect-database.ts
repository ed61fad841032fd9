import type Database from 'better-sqlite3';
import { corruptLibrary, futureLibrary } from './library-errors';

export interface Inspection {
  schemaVersion: number;
  /** What `PRAGMA quick_check` found, or null when the library is sound. */
  damage: string | null;
  /** False when nothing was checked but the header and schema (a large library). */
  checkedWhole: boolean;
}

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Above this size the whole-file check takes seconds (4 to 11 s at 10,000 articles), too long to
 * wait for: it runs in the background after opening (background-integrity-check.ts), the articles
 * table first.
 */
export const defaultFullCheckLimitBytes = 32 * 1024 * 1024;

const quickCheckDamage = (db: Database.Database, wholeFile: boolean): string | null => {
  if (!wholeFile) return null;
  try {
    const findings = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const problems = findings.map((row) => row.quick_check).filter((text) => text !== 'ok');
    return problems.length === 0 ? null : problems.slice(0, 3).join('; ');
  } catch (error) {
    return errorMessage(error);
  }
};

/**
 * Reads the schema version and checks integrity through a read-only connection, before anything
 * may write: a library from the future or one that is not a database is refused untouched. The
 * check covers the whole file up to `fullCheckLimitBytes`; beyond, reading the schema is the
 * check: even the articles table alone took 30 ms at 10,000 articles and 0.7 s at 56,000 on a
 * busy machine, while a large library must open (and list) in under 100 ms.
 */
export const inspectDatabase = (
  db: Database.Database,
  database: string,
  known: number,
  readSchemaVersion: (db: Database.Database) => number,
  sizeBytes: number,
  fullCheckLimitBytes = defaultFullCheckLimitBytes,
): Inspection => {
  let schemaVersion: number;
  try {
    schemaVersion = readSchemaVersion(db);
  } catch (error) {
    throw corruptLibrary(database, errorMessage(error));
  }
  if (schemaVersion > known) throw futureLibrary(schemaVersion, known);
  const checkedWhole = schemaVersion === 0 || sizeBytes <= fullCheckLimitBytes;
  const damage = quickCheckDamage(db, checkedWhole);
  if (damage !== null && schemaVersion > 0) {
    try {
      db.prepare('SELECT count(*) FROM articles').get();
    } catch (error) {
      throw corruptLibrary(database, `${damage} (${errorMessage(error)})`);
    }
  }
  return { schemaVersion, damage, checkedWhole };
};
