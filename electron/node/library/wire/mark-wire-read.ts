import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { prepared } from '../storage/prepared';
import { readWireEntry } from './read-wire-entry';

/** Marks a wire item read (the first reading's time is kept). */
export const markWireRead = (context: LibraryContext, id: number): void => {
  readWireEntry(context.db, id);
  writeTransaction(context, () => {
    prepared(
      context.db,
      'UPDATE wire_items SET read_at = coalesce(read_at, ?) WHERE row_id = ?',
    ).run(context.now().toISOString(), id);
  });
};
