import type { Article } from '../../../../shared/model/article';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { prepared } from '../storage/prepared';
import { requireArticle } from './read-article';
import { deleteTrashedSearchRows } from '../search/search-index';
import { documentsOf } from '../documents/article-documents';

/** Moves an article to the trash: out of lists and search, everything kept. */
export const trashArticle = (context: LibraryContext, id: string): void =>
  writeTransaction(context, () => {
    const { article } = requireArticle(context.db, id);
    if (article.trashedAt !== null) return;
    prepared(context.db, 'UPDATE articles SET trashed_at = ? WHERE id = ?').run(
      context.now().toISOString(),
      id,
    );
  });

export const restoreArticle = (context: LibraryContext, id: string): Article =>
  writeTransaction(context, () => {
    const { article } = requireArticle(context.db, id);
    if (article.trashedAt === null) return article;
    prepared(context.db, 'UPDATE articles SET trashed_at = NULL WHERE id = ?').run(id);
    return { ...article, trashedAt: null };
  });

/**
 * Deletes trashed articles for good, with their bodies, revisions, status log and search rows,
 * and drops their documents from memory: SQLite may give a deleted row id to the next article.
 */
export const emptyTrash = (context: LibraryContext): number =>
  writeTransaction(context, () => {
    const rowIds = prepared(context.db, 'SELECT rowid FROM articles WHERE trashed_at IS NOT NULL')
      .pluck()
      .all() as number[];
    deleteTrashedSearchRows(context.db);
    const deleted = prepared(context.db, 'DELETE FROM articles WHERE trashed_at IS NOT NULL').run()
      .changes;
    const documents = documentsOf(context.db);
    for (const rowId of rowIds) documents.forget(rowId);
    return deleted;
  });
