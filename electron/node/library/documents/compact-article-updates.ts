import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import { prepared } from '../storage/prepared';
import { appendDocumentUpdate } from './load-article-document';

/** Above this many stored updates, an article's updates are replaced by one. */
export const compactionThreshold = 500;

/**
 * Replaces an article's stored updates by one holding the whole document (the loaded document
 * mirrors what is stored, so nothing is lost), inside the caller's transaction. Returns whether
 * it compacted.
 */
export const compactArticleUpdates = (
  db: Database.Database,
  rowId: number,
  doc: Y.Doc,
  threshold = compactionThreshold,
): boolean => {
  const count = prepared(db, 'SELECT count(*) FROM article_updates WHERE article_row = ?')
    .pluck()
    .get(rowId) as number;
  if (count <= threshold) return false;
  prepared(db, 'DELETE FROM article_updates WHERE article_row = ?').run(rowId);
  appendDocumentUpdate(db, rowId, Y.encodeStateAsUpdate(doc));
  return true;
};
