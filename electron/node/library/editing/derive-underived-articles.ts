import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { prepared } from '../storage/prepared';
import { compactArticleUpdates } from '../documents/compact-article-updates';
import { loadArticleDocument } from '../documents/load-article-document';
import { deriveArticle } from './derive-article';
import { clearUnderived, readUnderived } from './underived-articles';

const noSeed = (): never => {
  throw new Error('An article with updates to derive has no stored document.');
};

/**
 * Brings the derived data (row, body, counts, search row, revision, automatic snapshot) of every
 * article with underived updates up to its document, and compacts long update logs, in one
 * transaction. Returns the ids whose derived data changed.
 */
export const deriveUnderivedArticles = (context: LibraryContext): string[] => {
  const { db } = context;
  if (readUnderived(db).length === 0) return [];
  return writeTransaction(context, () =>
    readUnderived(db).flatMap(({ rowId, id, author, updatedAt }) => {
      const doc = loadArticleDocument(db, { rowId, id }, noSeed);
      const before = prepared(db, 'SELECT revision FROM articles WHERE row_id = ?')
        .pluck()
        .get(rowId);
      const article = deriveArticle(db, id, doc, {
        actor: { name: author },
        now: new Date(updatedAt),
      });
      compactArticleUpdates(db, rowId, doc);
      clearUnderived(db, rowId);
      return article.revision === before ? [] : [id];
    }),
  );
};
