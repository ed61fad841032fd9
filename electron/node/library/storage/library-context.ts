import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors/error-code';

/** What every library operation works with. */
export interface LibraryContext {
  readonly db: Database.Database;
  readonly now: () => Date;
  /** Set when opening found a reason; the background integrity check may set it later. */
  readOnlyReason: string | null;
}

export const assertWritable = (context: LibraryContext): void => {
  if (context.readOnlyReason !== null) {
    throw new AppError('read_only', `Nothing was saved: ${context.readOnlyReason}`);
  }
};

/** Runs `work` in one write transaction (taken at once, so it never waits half-way). */
export const writeTransaction = <T>(context: LibraryContext, work: () => T): T => {
  assertWritable(context);
  return context.db.transaction(work).immediate();
};
