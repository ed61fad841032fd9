import type { Article, ArticleId } from '../../../shared/model/article';
import type {
  ArticleDocumentState,
  ArticleDraft,
  ArticleUpdateResult,
  SaveRequest,
  SaveResult,
} from '../../../shared/ipc/contract';
import type { LibraryInfo, LibraryStats } from '../../../shared/model/library';
import type { ArticlePage, Facets, ListQueryInput } from '../../../shared/model/list-query';
import type {
  RevisionSnapshot,
  RevisionSummary,
  StatusChange,
} from '../../../shared/model/revision';
import type { Handoff } from '../../../shared/model/handoff';
import type { Status } from '../../../shared/model/status';
import type { Actor } from '../../../shared/model/actor';
import type { ReadinessPolicy } from './workflow/assert-readiness';
import type { IncomingPackage, PackageImportResult } from './handoff/incoming-package';
import type { BackupOptions } from './storage/backup-library';
import type { CompactionReport, CompactionStep } from './storage/compaction/compact-library';
import type { StoredDocumentUpdate } from './documents/article-documents';
import type { HeldMove } from '../../../shared/trust/held-move';
import type { TrustedKey } from '../../../shared/model/trusted-key';
import type { IndexEntry } from '../../../shared/newsroom/library-index';
import type { ReplicaState } from './replica/replica-state';
import type { Outbox } from './publishing/outbox';
import type { WireDesk } from './wire/wire-desk';

/**
 * An open library folder (`library.sqlite` + assets). Electron-free; used by the Electron main
 * process, browser mode, the CLI and tests. Every method throws `AppError` with a contract code.
 */
export interface Library {
  readonly path: string;
  info(): LibraryInfo;
  stats(): LibraryStats;
  facets(): Facets;

  list(query: ListQueryInput): ArticlePage;
  get(id: ArticleId): Article;
  create(draft: ArticleDraft, actor: Actor, reason?: 'create' | 'import'): Article;
  /** Creates every draft in one transaction (a folder imported by batches): all or none. */
  createMany(drafts: ArticleDraft[], actor: Actor, reason: 'create' | 'import'): Article[];
  /**
   * A new draft from a document another desk seeded (a newsroom server or replica): the document
   * is adopted as it is, never re-seeded, so both sides merge later without doubling the text.
   */
  createFromDocument(request: { id: ArticleId; document: Uint8Array }, actor: Actor): Article;
  save(request: SaveRequest, actor: Actor): SaveResult;
  /** The article's Yjs document as one update, for an editor to start from. */
  document(id: ArticleId): ArticleDocumentState;
  /** Appends an editor's Yjs update durably (one transaction) before returning. */
  applyUpdate(
    request: { id: ArticleId; update: Uint8Array; origin: string },
    actor: Actor,
  ): ArticleUpdateResult;
  /** Every update the library stored, after its transaction committed; returns the unsubscribe. */
  onDocumentUpdate(listener: (update: StoredDocumentUpdate) => void): () => void;
  /**
   * The articles whose derived data (list, search, counts, revision) caught up with their
   * documents, after the commit; returns the unsubscribe.
   */
  onArticlesDerived(listener: (articleIds: string[]) => void): () => void;
  /** Approving and publishing also need the readiness checks (or an editor's override). */
  setStatus(
    request: {
      id: ArticleId;
      baseRevision: number;
      status: Status;
      note: string;
      override?: { reason: string };
    },
    actor: Actor,
    readiness?: ReadinessPolicy,
  ): Article;
  trash(id: ArticleId): void;
  restore(id: ArticleId): Article;
  emptyTrash(): number;
  statusLog(id: ArticleId): StatusChange[];

  listRevisions(id: ArticleId): RevisionSummary[];
  getRevision(id: ArticleId, revisionId: number): RevisionSnapshot;
  nameRevision(id: ArticleId, name: string, actor: Actor): RevisionSummary;
  restoreRevision(
    request: { id: ArticleId; revisionId: number; baseRevision: number },
    actor: Actor,
  ): Article;

  /** Merges a checked `.copydesk` package (see import-package-article.ts); one transaction. */
  importPackage(incoming: IncomingPackage, actor: Actor): PackageImportResult;
  /** Records that a package of the article was written; text and revision unchanged. */
  recordHandoff(id: ArticleId, handoff: Handoff): Article;
  /** Clears the import-conflict marker; based on the current revision like a save. */
  resolveConflict(request: { id: ArticleId; baseRevision: number }): Article;

  /** Received status moves not applied because they could not be verified, oldest first. */
  heldMoves(id: ArticleId): HeldMove[];
  /** Makes a held move again as the actor's own (an editor's or chief editor's). */
  confirmHeldMove(
    request: { id: ArticleId; moveId: number; baseRevision: number },
    actor: Actor,
    readiness?: ReadinessPolicy,
  ): Article;
  /** The signing keys met in packages, with how far this library trusts each. */
  signingKeys(): TrustedKey[];
  /** Trusting a key applies the held moves it signed that now verify. */
  changeKeyTrust(
    request: { publicKey: string; trust: 'trusted' | 'revoked' },
    actor: Actor,
  ): TrustedKey;

  /** A replica takes its newsroom server's decision: a new article, a status, the trash. */
  adoptServerEntry(request: {
    id: ArticleId;
    entry: IndexEntry;
    document: Uint8Array | null;
  }): Article;
  /** What a replica keeps of its newsroom server (link, waiting requests, sync marks). */
  readonly replica: ReplicaState;
  /** Publishing to WordPress: the jobs waiting to go out, and what each site already has. */
  readonly outbox: Outbox;
  /** Agency copy: wire items, read-only, apart from the articles. */
  readonly wire: WireDesk;

  /** A consistent copy while open (VACUUM INTO / backup API). */
  backup(destinationFile: string, options?: BackupOptions): Promise<string>;
  /** "Compact library": a backup beside it first, then old rows rewritten and the file rebuilt. */
  compact(onStep?: (step: CompactionStep) => void): Promise<CompactionReport>;
  close(): void;
}
