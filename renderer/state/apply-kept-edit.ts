import * as Y from 'yjs';
import { writeArticleChanges } from '../../shared/collab/write-article-changes';
import { decodeUpdate } from '../../shared/collab/update-encoding';
import type { PendingEdit } from './pending-edits';

/**
 * Puts what this page kept of an article back into its document, as a local change (so it is
 * sent again). Kept updates merge with whatever the article became meanwhile; fields kept by an
 * earlier version of Copydesk are written as changes. True when the document lacked something.
 */
export const applyKeptEdit = (doc: Y.Doc, kept: PendingEdit, origin: unknown): boolean => {
  let changed = false;
  const listen = () => (changed = true);
  doc.on('update', listen);
  try {
    for (const update of kept.updates ?? []) Y.applyUpdate(doc, decodeUpdate(update), origin);
    if (kept.changes) writeArticleChanges(doc, kept.changes, origin);
  } finally {
    doc.off('update', listen);
  }
  return changed;
};
