import Database from 'better-sqlite3';

/** The single writing connection: WAL, a full sync at every commit, enforced foreign keys. */
export const openWritableConnection = (file: string): Database.Database => {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('checkpoint_fullfsync = ON');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};

/** A connection that cannot write: for inspecting a library before trusting it, or read-only use. */
export const openReadOnlyConnection = (file: string): Database.Database => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
};
