import type { Article } from '../../../../shared/model/article';
import type { Handoff } from '../../../../shared/model/handoff';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { mergeHandoffs } from './merge-handoffs';
import { requireArticle } from '../articles/read-article';
import { updateArticle } from '../articles/write-article';

/** Notes that a package of the article was written (the text and revision do not change). */
export const recordHandoff = (context: LibraryContext, id: string, handoff: Handoff): Article =>
  writeTransaction(context, () => {
    const stored = requireArticle(context.db, id);
    const article: Article = {
      ...stored.article,
      handoffs: mergeHandoffs(stored.article.handoffs, [handoff]),
    };
    updateArticle(context.db, { ...stored, article }, { body: false, searchable: false });
    return article;
  });
