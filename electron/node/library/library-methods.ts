import { AppError } from '../../../shared/errors/error-code';
import type { LibraryInfo } from '../../../shared/model/library';
import { backupLibrary } from './storage/backup-library';
import { compactLibrary } from './storage/compaction/compact-library';
import { createArticle } from './create-article';
import { writeTransaction } from './storage/library-context';
import { createFromDocument } from './create-from-document';
import type { Library } from './library';
import { assertWritable, type LibraryContext } from './storage/library-context';
import { readFacets, readStats } from './search/library-overview';
import { importPackageArticle } from './handoff/import-package-article';
import { listArticles } from './search/list-articles';
import { nameRevision } from './revisions/name-revision';
import { assertArticleExists, requireArticle } from './articles/read-article';
import { restoreRevision } from './revisions/restore-revision';
import { listRevisions, readRevision } from './revisions/revisions';
import { saveArticle } from './save-article';
import { documentsOf } from './documents/article-documents';
import { applyArticleUpdate } from './editing/apply-article-update';
import { DerivationScheduler } from './editing/derivation-scheduler';
import { deriveUnderivedArticles } from './editing/derive-underived-articles';
import { readArticleDocumentState } from './editing/read-article-document-state';
import { setArticleStatus } from './workflow/set-status';
import { toAppError, translateErrors } from './storage/sqlite-errors';
import { readStatusLog } from './workflow/status-log';
import { recordHandoff } from './handoff/record-handoff';
import { resolveConflict } from './handoff/resolve-conflict';
import { emptyTrash, restoreArticle, trashArticle } from './articles/trash';
import { readHeldMoves } from './trust/held-moves';
import { confirmHeldMove } from './trust/confirm-held-move';
import { listKeyRecords } from './trust/key-records';
import { changeKeyTrust } from './trust/change-key-trust';
import { adoptServerEntry } from './replica/adopt-server-entry';
import { replicaState, type ReplicaState } from './replica/replica-state';
import { createOutbox } from './publishing/create-outbox';
import { guardedOutbox } from './publishing/guarded-outbox';
import { storeWireItems } from './wire/store-wire-items';
import { listWireItems } from './wire/list-wire-items';
import { readWireEntry } from './wire/read-wire-entry';
import { markWireRead } from './wire/mark-wire-read';
import { takeWireItem } from './wire/take-wire-item';
import { readArticleSource } from './wire/read-article-source';

export interface LibraryParts {
  folder: string;
  database: string;
  context: LibraryContext;
  schemaVersion: number;
  /** Closes the connection and releases what opening took (lock, read-only copy). */
  close(): void;
}

/** The `Library` over an open database: every call translated into AppErrors, none after close. */
export const libraryMethods = (parts: LibraryParts): Library => {
  const { context } = parts;
  const { db } = context;
  let open = true;
  const documents = documentsOf(db);
  const settled = <T>(action: () => T): T => {
    let committed = false;
    try {
      const result = translateErrors(action);
      committed = true;
      return result;
    } finally {
      documents.settle(committed);
    }
  };
  const derivations = new DerivationScheduler(() =>
    settled(() => deriveUnderivedArticles(context)),
  );
  const deriveNow = (): void => {
    if (context.readOnlyReason === null) derivations.flush();
  };
  /** Every call but the editor's own path reads (or writes over) derived data: derive first. */
  const run = <T>(action: () => T, fresh = true): T => {
    if (!open) throw new AppError('unavailable', 'This library is closed.');
    if (fresh) deriveNow();
    return settled(action);
  };
  try {
    deriveNow();
  } catch (error) {
    parts.close();
    throw error;
  }
  const replica = replicaState(db);
  const replicaMethods = Object.fromEntries(
    Object.entries(replica).map(([name, method]: [string, (...args: unknown[]) => unknown]) => [
      name,
      (...args: unknown[]) => run(() => method(...args), false),
    ]),
  ) as unknown as ReplicaState;
  const info = (): LibraryInfo => ({
    path: parts.folder,
    readOnly: context.readOnlyReason !== null,
    readOnlyReason: context.readOnlyReason,
    schemaVersion: parts.schemaVersion,
    articleCount: db
      .prepare('SELECT count(*) FROM articles WHERE trashed_at IS NULL')
      .pluck()
      .get() as number,
  });
  return {
    path: parts.folder,
    info: () => run(info),
    stats: () => run(() => readStats(db)),
    facets: () => run(() => readFacets(db)),
    list: (query) => run(() => listArticles(db, query)),
    get: (id) => run(() => requireArticle(db, id).article),
    create: (draft, actor, reason = 'create') =>
      run(() => createArticle(context, draft, actor, reason)),
    createMany: (drafts, actor, reason) =>
      run(() =>
        writeTransaction(context, () =>
          drafts.map((draft) => createArticle(context, draft, actor, reason)),
        ),
      ),
    createFromDocument: (request, actor) => run(() => createFromDocument(context, request, actor)),
    save: (request, actor) => run(() => saveArticle(context, request, actor)),
    document: (id) => run(() => readArticleDocumentState(context, id), false),
    applyUpdate: (request, actor) => {
      const result = run(() => applyArticleUpdate(context, request, actor), false);
      derivations.schedule();
      return result;
    },
    onDocumentUpdate: (listener) => documents.onUpdate(listener),
    onArticlesDerived: (listener) => derivations.onDerived(listener),
    setStatus: (request, actor, readiness) =>
      run(() => setArticleStatus(context, request, actor, readiness)),
    trash: (id) => run(() => trashArticle(context, id)),
    restore: (id) => run(() => restoreArticle(context, id)),
    emptyTrash: () => run(() => emptyTrash(context)),
    statusLog: (id) => run(() => (assertArticleExists(db, id), readStatusLog(db, id))),
    listRevisions: (id) => run(() => (assertArticleExists(db, id), listRevisions(db, id))),
    getRevision: (id, revisionId) => run(() => readRevision(db, id, revisionId)),
    nameRevision: (id, name, actor) => run(() => nameRevision(context, id, name, actor)),
    restoreRevision: (request, actor) => run(() => restoreRevision(context, request, actor)),
    importPackage: (incoming, actor) => run(() => importPackageArticle(context, incoming, actor)),
    recordHandoff: (id, handoff) => run(() => recordHandoff(context, id, handoff)),
    resolveConflict: (request) => run(() => resolveConflict(context, request)),
    heldMoves: (id) =>
      run(() => {
        assertArticleExists(db, id);
        return readHeldMoves(db, id).map(({ signature: _signature, ...move }) => move);
      }),
    confirmHeldMove: (request, actor, readiness) =>
      run(() => confirmHeldMove(context, request, actor, readiness)),
    signingKeys: () => run(() => listKeyRecords(db)),
    changeKeyTrust: (request, actor) => run(() => changeKeyTrust(context, request, actor)),
    adoptServerEntry: (request) => run(() => adoptServerEntry(context, request)),
    replica: replicaMethods,
    outbox: guardedOutbox(createOutbox(context), (action) => run(action, false)),
    wire: {
      store: (items, source) => run(() => storeWireItems(context, items, source), false),
      list: (query) => run(() => listWireItems(db, query), false),
      get: (id) => run(() => readWireEntry(db, id), false),
      markRead: (id) => run(() => markWireRead(context, id), false),
      take: (id, actor, profile) =>
        run(() =>
          takeWireItem(context, id, actor, profile, (draft, by) =>
            createArticle(context, draft, by, 'create'),
          ),
        ),
      sourceOf: (articleId) => run(() => readArticleSource(db, articleId), false),
    },
    backup: async (destination, options) => {
      run(() => undefined);
      return backupLibrary(db, parts.database, destination, options);
    },
    compact: async (onStep) => {
      run(() => assertWritable(context));
      return compactLibrary(db, parts.database, context.now(), onStep).catch((error: unknown) => {
        throw toAppError(error);
      });
    },
    close: () => {
      if (!open) return;
      try {
        deriveNow();
      } catch {
        // What is not derived stays marked: the next open derives it.
      } finally {
        open = false;
        derivations.close();
        documents.close();
        parts.close();
      }
    },
  };
};
