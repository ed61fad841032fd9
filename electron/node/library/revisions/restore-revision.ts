import type { Article } from '../../../../shared/model/article';
import { countDocumentCached } from '../articles/count-document-cached';
import { assertEditable } from '../articles/article-guards';
import type { Actor } from '../../../../shared/model/actor';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { requireArticle } from '../articles/read-article';
import { insertSnapshot, readRevision } from './revisions';
import { resolveSlug } from '../articles/slug-allocation';
import { updateArticle } from '../articles/write-article';

export interface RestoreRevisionRequest {
  id: string;
  revisionId: number;
  baseRevision: number;
}

/**
 * Writes a snapshot's fields back as a new revision (the status stays as it is); every revision
 * in between is kept, and the restored state gets its own 'restore' snapshot.
 */
export const restoreRevision = (
  context: LibraryContext,
  request: RestoreRevisionRequest,
  actor: Actor,
): Article =>
  writeTransaction(context, () => {
    const { db } = context;
    const stored = requireArticle(db, request.id);
    assertEditable(stored.article, request.baseRevision);
    const { fields } = readRevision(db, request.id, request.revisionId);
    const slug = resolveSlug(
      db,
      stored.article.id,
      { slug: stored.article.slug, manual: stored.slugManual },
      fields.headline,
      stored.slugManual ? fields.slug : undefined,
    );
    const now = context.now().toISOString();
    const article: Article = {
      ...stored.article,
      ...fields,
      slug: slug.slug,
      counts: countDocumentCached(fields.body),
      updatedAt: now,
      revision: stored.article.revision + 1,
    };
    updateArticle(
      db,
      { ...stored, slugManual: slug.manual, article },
      { body: true, searchable: true },
    );
    insertSnapshot(db, article, {
      reason: 'restore',
      name: null,
      author: actor.name,
      createdAt: now,
    });
    return article;
  });
