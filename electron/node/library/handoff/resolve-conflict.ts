import type { Article } from '../../../../shared/model/article';
import { assertEditable } from '../articles/article-guards';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { requireArticle } from '../articles/read-article';
import { updateArticle } from '../articles/write-article';

/** Clears the import-conflict marker (both versions stay as named revisions), as a new revision. */
export const resolveConflict = (
  context: LibraryContext,
  request: { id: string; baseRevision: number },
): Article =>
  writeTransaction(context, () => {
    const stored = requireArticle(context.db, request.id);
    assertEditable(stored.article, request.baseRevision);
    const article: Article = {
      ...stored.article,
      conflict: null,
      updatedAt: context.now().toISOString(),
      revision: stored.article.revision + 1,
    };
    updateArticle(context.db, { ...stored, article }, { body: false, searchable: false });
    return article;
  });
