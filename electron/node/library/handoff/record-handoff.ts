import type { Article } from '../../../../shared/model/article';
import type { Handoff } from '../../../../shared/model/handoff';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { mergeHandoffs } from './merge-handoffs';
import { requireArticle } from '../articles/read-article';
import { updateArticle } from '../articles/write-article';
import { insertSnapshot } from '../revisions/revisions';

/**
 * Notes that a package of the article was written (the text and revision do not change) and,
 * given a name, keeps the article as it went out as a named version.
 */
export const recordHandoff = (
  context: LibraryContext,
  id: string,
  handoff: Handoff,
  versionName?: string,
): Article =>
  writeTransaction(context, () => {
    const stored = requireArticle(context.db, id);
    const article: Article = {
      ...stored.article,
      handoffs: mergeHandoffs(stored.article.handoffs, [handoff]),
    };
    updateArticle(context.db, { ...stored, article }, { body: false, searchable: false });
    if (versionName !== undefined) {
      insertSnapshot(context.db, article, {
        reason: 'named',
        name: versionName,
        author: handoff.by,
        createdAt: handoff.at,
      });
    }
    return article;
  });
