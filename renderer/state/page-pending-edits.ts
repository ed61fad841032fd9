import { indexedDbPendingEditsBackend } from './indexed-db-pending-edits';
import type { PendingEdits } from './pending-edits';
import { createPendingEdits } from './pending-edits';

/** This page's pending edits (IndexedDB of its origin); none where the page has no IndexedDB. */
export const pagePendingEdits: PendingEdits | undefined =
  typeof indexedDB === 'undefined'
    ? undefined
    : createPendingEdits(indexedDbPendingEditsBackend(indexedDB));
