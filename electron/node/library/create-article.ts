import { randomUUID } from 'node:crypto';
import type { ArticleDraft } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { assertSchemaBody } from './articles/assert-schema-body';
import { countDocumentCached } from './articles/count-document-cached';
import { defaultArticleFields } from '../../../shared/model/article-defaults';
import { mergeArticleFields, pickArticleFields } from '../../../shared/model/article-fields';
import type { Actor } from '../../../shared/model/actor';
import type { LibraryContext } from './storage/library-context';
import { writeTransaction } from './storage/library-context';
import { insertSnapshot } from './revisions/revisions';
import { resolveSlug } from './articles/slug-allocation';
import { recordStatusChange } from './workflow/status-log';
import { loadArticleDocument } from './documents/load-article-document';
import { signMove } from './workflow/sign-move';
import { insertArticle } from './articles/write-article';

/**
 * A new draft at revision 1: the draft's fields over the defaults (language 'fr' unless given),
 * a unique slug (manual when the draft names one), its first status entry and first snapshot; a
 * body that does not fit the editor's schema is refused.
 */
export const createArticle = (
  context: LibraryContext,
  draft: ArticleDraft,
  actor: Actor,
  reason: 'create' | 'import',
): Article =>
  writeTransaction(context, () => {
    if (draft.body !== undefined) assertSchemaBody(draft.body);
    const { db } = context;
    const now = context.now().toISOString();
    const fields = mergeArticleFields(defaultArticleFields(), { ...draft, slug: undefined });
    const slug = resolveSlug(db, null, { slug: '', manual: false }, fields.headline, draft.slug);
    const article: Article = {
      ...fields,
      slug: slug.slug,
      id: randomUUID(),
      status: 'draft',
      counts: countDocumentCached(fields.body),
      createdAt: now,
      updatedAt: now,
      revision: 1,
      trashedAt: null,
      handoffs: [],
      conflict: null,
    };
    const rowId = insertArticle(db, { article, slugManual: slug.manual });
    loadArticleDocument(db, { rowId, id: article.id }, () => pickArticleFields(article));
    const creation = {
      articleId: article.id,
      from: null,
      to: 'draft' as const,
      by: actor.name,
      role: actor.role ?? null,
      note: '',
      at: now,
    };
    recordStatusChange(db, { ...creation, revision: 1, signature: signMove(actor, creation) });
    insertSnapshot(db, article, { reason, name: null, author: actor.name, createdAt: now });
    return article;
  });
