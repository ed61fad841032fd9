import * as Y from 'yjs';
import { AppError } from '../../../../shared/errors/error-code';
import { readArticleDocument } from '../../../../shared/collab/read-article-document';
import type { Article } from '../../../../shared/model/article';
import { defaultArticleFields } from '../../../../shared/model/article-defaults';
import type { IndexEntry } from '../../../../shared/newsroom/library-index';
import { countDocumentCached } from '../articles/count-document-cached';
import { requireArticle } from '../articles/read-article';
import { resolveSlug } from '../articles/slug-allocation';
import { insertArticle, writeArticleRow } from '../articles/write-article';
import { documentsOf } from '../documents/article-documents';
import { appendDocumentUpdate } from '../documents/load-article-document';
import { insertSnapshot } from '../revisions/revisions';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { prepared } from '../storage/prepared';
import { recordStatusChange } from '../workflow/status-log';

/** A server article this library lacks: its document is the server's state, never re-seeded. */
const addFromServer = (
  context: LibraryContext,
  id: string,
  entry: IndexEntry,
  document: Uint8Array,
): Article => {
  const { db } = context;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, document);
  const fields = readArticleDocument(doc, defaultArticleFields());
  const slug = resolveSlug(
    db,
    null,
    { slug: '', manual: false },
    fields.headline,
    fields.slug === '' ? undefined : fields.slug,
  );
  const article: Article = {
    ...fields,
    slug: slug.slug,
    id,
    status: entry.status,
    counts: countDocumentCached(fields.body),
    createdAt: entry.createdAt,
    updatedAt: entry.changedAt,
    revision: 1,
    trashedAt: entry.trashedAt,
    handoffs: [],
    conflict: null,
  };
  const rowId = insertArticle(db, { article, slugManual: slug.manual });
  appendDocumentUpdate(db, rowId, document);
  documentsOf(db).keep(rowId, doc);
  for (const move of entry.moves) {
    recordStatusChange(db, { articleId: id, revision: 1, ...move, from: move.from });
  }
  insertSnapshot(db, article, {
    reason: 'import',
    name: null,
    author: entry.moves[0]?.by ?? '',
    createdAt: context.now().toISOString(),
  });
  return article;
};

/**
 * Takes the newsroom server's decision for one article: a new article is added from the server's
 * document; a known one takes the server's status (with the server's move in its history) and
 * trash state. The text is never touched here: it arrives as document updates.
 */
export const adoptServerEntry = (
  context: LibraryContext,
  request: { id: string; entry: IndexEntry; document: Uint8Array | null },
): Article =>
  writeTransaction(context, () => {
    const { db } = context;
    const { id, entry } = request;
    const exists = prepared(db, 'SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
    if (!exists) {
      if (request.document === null) {
        throw new AppError('not_found', `The server's article ${id} is not in this library yet.`);
      }
      return addFromServer(context, id, entry, request.document);
    }
    const stored = requireArticle(db, id);
    const local = stored.article;
    if (local.status === entry.status && local.trashedAt === entry.trashedAt) return local;
    const article: Article = {
      ...local,
      status: entry.status,
      trashedAt: entry.trashedAt,
      revision: local.revision + 1,
    };
    const move = entry.moves.at(-1);
    if (local.status !== entry.status && move !== undefined) {
      recordStatusChange(db, {
        ...move,
        articleId: id,
        from: local.status,
        revision: article.revision,
      });
    }
    writeArticleRow(db, { ...stored, article }, { body: false, searchable: false });
    return article;
  });
