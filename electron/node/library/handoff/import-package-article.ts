import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { readArticleDocument } from '../../../../shared/collab/read-article-document';
import { pickArticleFields } from '../../../../shared/model/article-fields';
import type { PackageArticle } from '../../../../shared/package/package-article';
import { documentsOf } from '../documents/article-documents';
import { appendDocumentUpdate } from '../documents/load-article-document';
import { mergePackageDocument } from './merge-package-document';
import type { Article } from '../../../../shared/model/article';
import type { Handoff } from '../../../../shared/model/handoff';
import { missingCaseError } from '../../../../shared/errors/missing-case';
import { contentHash } from './content-hash';
import type { StoredArticle } from '../articles/article-row';
import type { IncomingPackage, PackageImportResult } from './incoming-package';
import type { Actor } from '../../../../shared/model/actor';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { comparePackage } from './compare-package';
import { keepBothVersions } from './keep-both-versions';
import { mergeHandoffs } from './merge-handoffs';
import { insertMissingRevisions, unknownStatusChanges } from './package-history-rows';
import type { MovePlan } from '../trust/move-plan';
import { planIncomingMoves, recordMovePlan } from '../trust/move-plan';
import { localSignerOf } from '../trust/local-signer';
import { heldMovesOutcome } from '../trust/held-moves-outcome';
import { readStatusLog } from '../workflow/status-log';
import { packageArticleState } from './package-article-state';
import { prepared } from '../storage/prepared';
import { requireArticle } from '../articles/read-article';
import { insertSnapshot } from '../revisions/revisions';
import { insertArticle, updateArticle } from '../articles/write-article';

/** The `received` handoff: it shares its id with the package's last `sent` one, so both libraries can match it. */
const receivedHandoff = (
  incoming: IncomingPackage,
  article: Article,
  actor: Actor,
  at: string,
): Handoff => ({
  id:
    incoming.article.handoffs.findLast((handoff) => handoff.direction === 'sent')?.id ??
    randomUUID(),
  contentHash: contentHash(article),
  at,
  by: actor.name,
  direction: 'received',
});

/**
 * A new article: its document is the package's state itself (stored as its first update, never
 * seeded here, so a later merge with the sender does not double the text); its row is derived.
 */
const addArticle = (
  context: LibraryContext,
  incoming: IncomingPackage,
  actor: Actor,
  now: string,
): { article: Article; plan: MovePlan } => {
  const { db } = context;
  const doc = incoming.document === null ? null : new Y.Doc();
  if (doc !== null && incoming.document !== null) Y.applyUpdate(doc, incoming.document);
  const source: PackageArticle =
    doc === null
      ? incoming.article
      : { ...incoming.article, ...readArticleDocument(doc, pickArticleFields(incoming.article)) };
  const plan = planIncomingMoves(
    db,
    unknownStatusChanges(db, source.id, incoming.history.statusLog),
    {
      start: null,
      log: [],
      local: localSignerOf(actor),
      now,
    },
  );
  const base: Article = {
    ...source,
    counts: { words: 0, signes: 0, signesWithoutSpaces: 0 },
    trashedAt: null,
    conflict: null,
  };
  const { article, slugManual } = packageArticleState(db, base, source);
  article.status = plan.status;
  article.handoffs = mergeHandoffs(
    [],
    source.handoffs,
    receivedHandoff(incoming, article, actor, now),
  );
  const rowId = insertArticle(db, { article, slugManual });
  if (doc !== null && incoming.document !== null) {
    appendDocumentUpdate(db, rowId, incoming.document);
    documentsOf(db).keep(rowId, doc);
  }
  recordMovePlan(db, plan);
  if (insertMissingRevisions(db, article.id, incoming.history.revisions) === 0) {
    insertSnapshot(db, article, {
      reason: 'import',
      name: null,
      author: actor.name,
      createdAt: now,
    });
  }
  return { article, plan };
};

const fastForward = (
  context: LibraryContext,
  stored: StoredArticle,
  incoming: IncomingPackage,
  actor: Actor,
  now: string,
): { article: Article; plan: MovePlan } => {
  const { db } = context;
  const local = stored.article;
  insertSnapshot(db, local, {
    reason: 'import',
    name: incoming.versionNames.beforeImport,
    author: actor.name,
    createdAt: now,
  });
  insertMissingRevisions(db, local.id, incoming.history.revisions);
  const plan = planIncomingMoves(
    db,
    unknownStatusChanges(db, local.id, incoming.history.statusLog),
    {
      start: local.status,
      log: readStatusLog(db, local.id),
      local: localSignerOf(actor),
      now,
    },
  );
  recordMovePlan(db, plan);
  const { article, slugManual } = packageArticleState(db, local, incoming.article);
  article.status = plan.status;
  article.revision = local.revision + 1;
  article.updatedAt = now;
  article.trashedAt = null;
  article.handoffs = mergeHandoffs(
    local.handoffs,
    incoming.article.handoffs,
    receivedHandoff(incoming, article, actor, now),
  );
  updateArticle(db, { ...stored, slugManual, article }, { body: true, searchable: true });
  return { article, plan };
};

/** Only the handoff list (and the trash) change: the text and the revision stay. */
const mergeOnly = (
  context: LibraryContext,
  stored: StoredArticle,
  handoffs: Handoff[],
): Article => {
  const article: Article = { ...stored.article, trashedAt: null, handoffs };
  updateArticle(context.db, { ...stored, article }, { body: false, searchable: false });
  return article;
};

/**
 * Merges a checked package into the library in one transaction: a new article is added with its
 * history; into a known one (in the trash too, which it leaves) a format 2 package's document is
 * merged (mergePackageDocument). A format 1 package, or one whose document shares no history with
 * the local one, is compared by content hashes and handoffs, then left, fast-forwarded (the local
 * state kept as a revision first) or marked in conflict with both versions kept as named
 * revisions. Nothing local is ever overwritten unseen.
 */
export const importPackageArticle = (
  context: LibraryContext,
  incoming: IncomingPackage,
  actor: Actor,
): PackageImportResult =>
  writeTransaction(context, () => {
    const { db } = context;
    const now = context.now().toISOString();
    const exists =
      prepared(db, 'SELECT 1 FROM articles WHERE id = ?').get(incoming.article.id) !== undefined;
    if (!exists) {
      const added = addArticle(context, incoming, actor, now);
      return {
        outcome: 'added',
        article: added.article,
        restoredFromTrash: false,
        ...heldMovesOutcome(db, added.plan),
      };
    }
    const stored = requireArticle(db, incoming.article.id);
    const local = stored.article;
    const restoredFromTrash = local.trashedAt !== null;
    const incomingHash = contentHash(incoming.article);
    const outcome = comparePackage(
      { hash: contentHash(local), handoffs: local.handoffs },
      { hash: incomingHash, handoffs: incoming.article.handoffs },
    );
    const received = receivedHandoff(incoming, local, actor, now);
    if (incoming.document !== null) {
      const merged = mergePackageDocument(
        context,
        stored,
        { ...incoming, document: incoming.document },
        {
          actor,
          now,
          takeStatus: outcome === 'fast_forwarded',
          handoffsFor: (article) =>
            mergeHandoffs(
              local.handoffs,
              incoming.article.handoffs,
              receivedHandoff(incoming, article, actor, now),
            ),
        },
      );
      // Otherwise the text is not in question: status and handoffs decide, as for format 1.
      if (typeof merged !== 'string') {
        return {
          outcome: merged.outcome,
          article: merged.article,
          restoredFromTrash,
          ...heldMovesOutcome(db, merged.plan),
        };
      }
    }
    let article: Article;
    let plan: MovePlan | null = null;
    switch (outcome) {
      case 'unchanged':
        article = mergeOnly(
          context,
          stored,
          mergeHandoffs(local.handoffs, incoming.article.handoffs, received),
        );
        break;
      case 'local_newer':
        article = mergeOnly(
          context,
          stored,
          mergeHandoffs(local.handoffs, incoming.article.handoffs),
        );
        break;
      case 'fast_forwarded':
        ({ article, plan } = fastForward(context, stored, incoming, actor, now));
        break;
      case 'conflict':
        article = keepBothVersions(context, stored, incoming, {
          actor,
          now,
          handoffs: mergeHandoffs(local.handoffs, incoming.article.handoffs, {
            ...received,
            contentHash: incomingHash,
          }),
        });
        break;
      default:
        throw missingCaseError(outcome);
    }
    return { outcome, article, restoredFromTrash, ...heldMovesOutcome(db, plan) };
  });
