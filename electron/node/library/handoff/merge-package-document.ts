import * as Y from 'yjs';
import { seedOf } from '../../../../shared/collab/create-article-document';
import type { Actor } from '../../../../shared/model/actor';
import type { Article } from '../../../../shared/model/article';
import type { ArticleConflict, Handoff } from '../../../../shared/model/handoff';
import type { StoredArticle } from '../articles/article-row';
import { requireArticle } from '../articles/read-article';
import { storedFields } from '../articles/stored-fields';
import { writeArticleRow } from '../articles/write-article';
import { documentsOf } from '../documents/article-documents';
import { appendDocumentUpdate, loadArticleDocument } from '../documents/load-article-document';
import { deriveArticle } from '../editing/derive-article';
import { insertSnapshot } from '../revisions/revisions';
import type { LibraryContext } from '../storage/library-context';
import { documentRelation } from './document-relation';
import type { IncomingPackage } from './incoming-package';
import { insertMissingRevisions, unknownStatusChanges } from './package-history-rows';
import { localSignerOf } from '../trust/local-signer';
import type { MovePlan } from '../trust/move-plan';
import { planIncomingMoves, recordMovePlan } from '../trust/move-plan';
import { readStatusLog } from '../workflow/status-log';

export interface DocumentMergeOptions {
  actor: Actor;
  now: string;
  /** Only the package changed the text or status since the last handoff: take its status moves too (those that verify). */
  takeStatus: boolean;
  /** The article's handoffs once it holds `article`. */
  handoffsFor: (article: Article) => Handoff[];
}

export type DocumentMerge =
  | { outcome: 'fast_forwarded' | 'merged'; article: Article; plan: MovePlan | null }
  /** The two documents grew from different seeds: merging them would double the text. */
  | 'unrelated'
  /** The package's document holds nothing the local one lacks, and its status is not newer. */
  | 'nothing_new';

/** A pending conflict (both versions kept) outranks a merge: it still needs resolving. */
const markerAfterMerge = (
  local: Article,
  merged: Extract<ArticleConflict, { kind: 'merged' }>,
): ArticleConflict =>
  local.conflict !== null && !('kind' in local.conflict) ? local.conflict : merged;

const applyPackage = (
  context: LibraryContext,
  stored: StoredArticle,
  incoming: IncomingPackage,
  sides: { doc: Y.Doc; received: Y.Doc; localAhead: boolean; incomingAhead: boolean },
  options: DocumentMergeOptions,
): DocumentMerge => {
  const { db } = context;
  const { actor, now } = options;
  const local = stored.article;
  const merging = sides.incomingAhead && sides.localAhead;
  const before = insertSnapshot(db, local, {
    reason: merging ? 'named' : 'import',
    name: merging ? incoming.versionNames.beforeMerge : incoming.versionNames.beforeImport,
    author: actor.name,
    createdAt: now,
  });
  if (sides.incomingAhead) {
    const update = Y.encodeStateAsUpdate(sides.received, Y.encodeStateVector(sides.doc));
    Y.applyUpdate(sides.doc, update);
    appendDocumentUpdate(db, stored.rowId, update);
    documentsOf(db).queue({ articleId: local.id, update, origin: null });
  }
  insertMissingRevisions(db, local.id, incoming.history.revisions);
  const plan = options.takeStatus
    ? planIncomingMoves(db, unknownStatusChanges(db, local.id, incoming.history.statusLog), {
        start: local.status,
        log: readStatusLog(db, local.id),
        local: localSignerOf(actor),
        now,
      })
    : null;
  if (plan !== null) recordMovePlan(db, plan);
  deriveArticle(db, local.id, sides.doc, { actor, now: new Date(now) });
  const derived = requireArticle(db, local.id);
  const article: Article = {
    ...derived.article,
    status: plan?.status ?? local.status,
    trashedAt: null,
    updatedAt: now,
    revision: local.revision + 1,
  };
  article.handoffs = options.handoffsFor(article);
  if (merging) {
    const after = insertSnapshot(db, article, {
      reason: 'named',
      name: incoming.versionNames.afterMerge,
      author: incoming.from.name,
      createdAt: now,
    });
    article.conflict = markerAfterMerge(local, {
      kind: 'merged',
      at: now,
      from: incoming.from.name,
      beforeRevisionId: before.id,
      afterRevisionId: after.id,
    });
  }
  writeArticleRow(db, { ...derived, article }, { body: false, searchable: true });
  return { outcome: merging ? 'merged' : 'fast_forwarded', article, plan };
};

/**
 * A format 2 package into an article this library has: the package's Yjs state is merged into
 * the local document (appended and announced, so open editors receive it), and the row is
 * derived from the result. Both desks' edits stay; when both changed since they last shared
 * state, the article is flagged "merged: review" with the versions just before and after.
 */
export const mergePackageDocument = (
  context: LibraryContext,
  stored: StoredArticle,
  incoming: IncomingPackage & { document: Uint8Array },
  options: DocumentMergeOptions,
): DocumentMerge => {
  const { db } = context;
  const owner = { rowId: stored.rowId, id: stored.article.id };
  const doc = loadArticleDocument(db, owner, () => storedFields(db, stored));
  const received = new Y.Doc();
  try {
    Y.applyUpdate(received, incoming.document);
    if (seedOf(received) !== seedOf(doc)) return 'unrelated';
    const relation = documentRelation(doc, received);
    if (!relation.incomingAhead && !options.takeStatus) return 'nothing_new';
    return applyPackage(context, stored, incoming, { doc, received, ...relation }, options);
  } finally {
    received.destroy();
  }
};
