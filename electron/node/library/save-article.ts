import type { SaveRequest, SaveResult } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { assertEditable } from './articles/article-guards';
import { assertSchemaBody } from './articles/assert-schema-body';
import { mergeArticleFields, pickArticleFields } from '../../../shared/model/article-fields';
import { takeAutoSnapshotIfDue } from './revisions/auto-snapshot';
import { countDocumentCached } from './articles/count-document-cached';
import type { Actor } from '../../../shared/model/actor';
import type { LibraryContext } from './storage/library-context';
import { writeTransaction } from './storage/library-context';
import { readBody, requireArticleHead } from './articles/read-article';
import { searchedFieldsChanged } from './search/search-index';
import { resolveSlug } from './articles/slug-allocation';
import { updateArticle } from './articles/write-article';

/**
 * One save, one transaction: refused as a conflict unless based on the current revision; counts
 * and search row recomputed with it (only when what they read changed); an automatic snapshot
 * when the last one is 10 minutes old. A save bringing a new body never reads the old one, and is
 * refused if the body does not fit the editor's schema.
 */
export const saveArticle = (
  context: LibraryContext,
  request: SaveRequest,
  actor: Actor,
): SaveResult =>
  writeTransaction(context, () => {
    const { db } = context;
    const stored = requireArticleHead(db, request.id);
    assertEditable(stored.article, request.baseRevision);
    const { changes } = request;
    const bodyChanged = changes.body !== undefined;
    if (changes.body !== undefined) assertSchemaBody(changes.body);
    const body = changes.body ?? readBody(db, stored.rowId);
    const current = pickArticleFields({ ...stored.article, body });
    const fields = mergeArticleFields(current, { ...changes, slug: undefined });
    const slug = resolveSlug(
      db,
      stored.article.id,
      { slug: stored.article.slug, manual: stored.slugManual },
      fields.headline,
      changes.slug,
    );
    const now = context.now();
    const article: Article = {
      ...stored.article,
      ...fields,
      slug: slug.slug,
      counts: bodyChanged ? countDocumentCached(fields.body) : stored.article.counts,
      updatedAt: now.toISOString(),
      revision: stored.article.revision + 1,
    };
    updateArticle(
      db,
      { ...stored, slugManual: slug.manual, article },
      { body: bodyChanged, searchable: searchedFieldsChanged(current, fields), fields: true },
    );
    takeAutoSnapshotIfDue(db, article, actor.name, now);
    return {
      id: article.id,
      revision: article.revision,
      updatedAt: article.updatedAt,
      slug: article.slug,
      counts: article.counts,
    };
  });
