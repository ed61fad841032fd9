import * as Y from 'yjs';
import { AppError } from '../../../shared/errors/error-code';
import { readArticleDocument } from '../../../shared/collab/read-article-document';
import { defaultArticleFields } from '../../../shared/model/article-defaults';
import type { Article } from '../../../shared/model/article';
import type { Actor } from '../../../shared/model/actor';
import { countDocumentCached } from './articles/count-document-cached';
import { allocateSlug } from './articles/slug-allocation';
import { slugify } from '../../../shared/text/slugify';
import { recordFieldsInDocument } from './documents/record-fields-in-document';
import { pickArticleFields } from '../../../shared/model/article-fields';
import { insertArticle } from './articles/write-article';
import { documentsOf } from './documents/article-documents';
import { appendDocumentUpdate } from './documents/load-article-document';
import { insertSnapshot } from './revisions/revisions';
import type { LibraryContext } from './storage/library-context';
import { writeTransaction } from './storage/library-context';
import { prepared } from './storage/prepared';
import { recordStatusChange } from './workflow/status-log';
import { signMove } from './workflow/sign-move';

const unreadableDocument = (): AppError =>
  new AppError('invalid', 'The article’s document could not be read, so it was not created.');

const decodedDocument = (state: Uint8Array): Y.Doc => {
  const doc = new Y.Doc();
  try {
    Y.decodeUpdate(state);
    Y.applyUpdate(doc, state);
    return doc;
  } catch {
    doc.destroy();
    throw unreadableDocument();
  }
};

/**
 * A new draft whose document is the one given (another desk seeded it): stored as its first
 * update and never seeded here, so the desk that made it and this library hold the same items
 * and later merge without doubling the text. Its row is read from the document.
 */
export const createFromDocument = (
  context: LibraryContext,
  request: { id: string; document: Uint8Array },
  actor: Actor,
): Article =>
  writeTransaction(context, () => {
    const { db } = context;
    if (prepared(db, 'SELECT 1 FROM articles WHERE id = ?').get(request.id) !== undefined) {
      throw new AppError('conflict', `An article with the id ${request.id} already exists.`);
    }
    const doc = decodedDocument(request.document);
    const fields = readArticleDocument(doc, defaultArticleFields());
    const now = context.now().toISOString();
    const automatic = slugify(fields.headline);
    const slug = allocateSlug(db, fields.slug === '' ? automatic : fields.slug, request.id);
    const article: Article = {
      ...fields,
      slug,
      id: request.id,
      status: 'draft',
      counts: countDocumentCached(fields.body),
      createdAt: now,
      updatedAt: now,
      revision: 1,
      trashedAt: null,
      handoffs: [],
      conflict: null,
    };
    const rowId = insertArticle(db, {
      article,
      slugManual: fields.slug !== '' && fields.slug !== automatic,
    });
    appendDocumentUpdate(db, rowId, request.document);
    documentsOf(db).keep(rowId, doc);
    // The slug must be free here: the document learns the one this library gave.
    if (slug !== fields.slug) {
      recordFieldsInDocument(db, { rowId, id: article.id }, pickArticleFields(article), { slug });
    }
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
    insertSnapshot(db, article, {
      reason: 'create',
      name: null,
      author: actor.name,
      createdAt: now,
    });
    return article;
  });
