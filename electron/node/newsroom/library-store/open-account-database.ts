import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors/error-code';
import { openWritableConnection } from '../../library/storage/connection';
import { libraryFiles } from '../../library/storage/library-files';
import { toAppError } from '../../library/storage/sqlite-errors';
import type { AccountStore } from '../server/newsroom-store';
import { sqliteAccountStore } from './sqlite-account-store';

export interface AccountDatabase {
  readonly libraryId: string;
  readonly accounts: AccountStore;
  close(): void;
}

const readLibraryId = (db: Database.Database): string => {
  const hasTable =
    db
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'library_identity'")
      .get() !== undefined;
  if (!hasTable) {
    throw new AppError(
      'invalid',
      'This library has no newsroom accounts yet: open it once with this version of Copydesk.',
    );
  }
  return db.prepare('SELECT library_id FROM library_identity').pluck().get() as string;
};

/**
 * The accounts of the library in `folder`, on a connection of their own: a running server holds
 * the library itself, and `copydesk users` must still add and revoke accounts beside it.
 */
export const openAccountDatabase = (folder: string): AccountDatabase => {
  let db: Database.Database;
  try {
    db = openWritableConnection(libraryFiles(folder).database);
  } catch (error) {
    throw toAppError(error);
  }
  try {
    return {
      libraryId: readLibraryId(db),
      accounts: sqliteAccountStore(db),
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
};
