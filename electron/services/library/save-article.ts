import type { SaveRequest, SaveResult } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { countDocument } from '../../../shared/text/count-document';
import { assertEditable } from './article-guards';
import { mergeArticleFields, pickArticleFields } from './article-fields';
import { takeAutoSnapshotIfDue } from './auto-snapshot';
import type { Actor } from './library';
import type { LibraryContext } from './library-context';
import { writeTransaction } from './library-context';
import { requireArticle } from './read-article';
import { resolveSlug } from './slug-allocation';
import { updateArticle } from './write-article';

/**
 * One save, one transaction: refused as a conflict unless based on the current revision; counts
 * and search row recomputed with it; an automatic snapshot when the last one is 10 minutes old.
 */
export const saveArticle = (context: LibraryContext, request: SaveRequest, actor: Actor): SaveResult =>
  writeTransaction(context, () => {
    const { db } = context;
    const stored = requireArticle(db, request.id);
    assertEditable(stored.article, request.baseRevision);
    const { changes } = request;
    const fields = mergeArticleFields(pickArticleFields(stored.article), { ...changes, slug: undefined });
    const slug = resolveSlug(
      db,
      stored.article.id,
      { slug: stored.article.slug, manual: stored.slugManual },
      fields.headline,
      changes.slug,
    );
    const bodyChanged = changes.body !== undefined;
    const now = context.now();
    const article: Article = {
      ...stored.article,
      ...fields,
      slug: slug.slug,
      counts: bodyChanged ? countDocument(fields.body) : stored.article.counts,
      updatedAt: now.toISOString(),
      revision: stored.article.revision + 1,
    };
    updateArticle(db, { ...stored, slugManual: slug.manual, article }, { body: bodyChanged, searchable: true });
    takeAutoSnapshotIfDue(db, article, actor.name, now);
    return {
      id: article.id,
      revision: article.revision,
      updatedAt: article.updatedAt,
      slug: article.slug,
      counts: article.counts,
    };
  });
