import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { randomUUID } from 'node:crypto';
import { QuietWebSocket } from './quiet-web-socket';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import type { IndexEntry } from '../../../../shared/newsroom/library-index';
import type { NewsroomConnection, NewsroomState } from '../../../../shared/newsroom/newsroom-state';
import type { StoredDocumentUpdate } from '../../library/documents/article-documents';
import type { Library } from '../../library/library';
import type { DeskRequest, NewsroomReplicaOptions } from './newsroom-replica-options';
import type { ReplicaArticle } from '../../library/replica/replica-state';
import { ArticleLink } from './article-link';
import { ServerIndex } from './server-index';
import { ReplyWaiter } from './reply-waiter';
import { isCredentialRefusal } from './is-credential-refusal';

/** The origin of what the replica appends: the replica never sends it back. */
export const replicaOrigin = 'newsroom-replica';
const actor = { name: 'Newsroom', role: null };
const reopenDelayMs = 1_000;

const differs = (local: ReplicaArticle, entry: IndexEntry): boolean =>
  local.status !== entry.status || local.trashedAt !== entry.trashedAt;

/**
 * A desk's sync agent: one socket to the newsroom server, a read-only view of the server's index,
 * and a connection per article only while it has something to sync or is being edited. Local
 * updates go to the server; the server's are appended to the library under `replicaOrigin`, so
 * open editors receive them (`article:updated`) and nothing echoes. Requests wait in the
 * library while offline and go out in order on reconnect.
 */
export class NewsroomReplica {
  readonly #options: NewsroomReplicaOptions;
  readonly #library: Library;
  readonly #socket: HocuspocusProviderWebsocket;
  readonly #index: ServerIndex;
  readonly #links = new Map<string, ArticleLink>();
  readonly #presenceDetach = new Map<string, () => void>();
  readonly #toSync = new Set<string>();
  /** When each article's connection last closed: Hocuspocus mixes up a document closed and reopened at once. */
  readonly #closedAt = new Map<string, number>();
  #repump: NodeJS.Timeout | null = null;
  readonly #replies = new ReplyWaiter();
  #connection: NewsroomConnection = 'connecting';
  #refusal: NewsroomState['refusal'] = null;
  #sending = false;
  /** The library's last article row already offered to the server. */
  #lastRow = 0;
  #stateTimer: NodeJS.Timeout | null = null;
  readonly #sweep: NodeJS.Timeout;
  readonly #watchAdded: NodeJS.Timeout;
  readonly #unsubscribe: () => void;
  readonly #stopPresence: () => void;

  constructor(options: NewsroomReplicaOptions) {
    this.#options = options;
    this.#library = options.library;
    this.#socket = new HocuspocusProviderWebsocket({
      url: options.link.address,
      WebSocketPolyfill: QuietWebSocket,
      delay: 500,
      minDelay: 250,
      maxDelay: 5_000,
    });
    this.#socket.on('close', ({ event }: { event?: { reason?: unknown } }) => {
      // Revoked while connected: the server says so as it closes the socket.
      const reason = typeof event?.reason === 'string' ? event.reason : '';
      if (reason !== '' && isCredentialRefusal(reason) && reason.startsWith('credential_')) {
        this.#refuse();
      }
    });
    this.#socket.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected') this.#goOffline();
    });
    this.#index = new ServerIndex({
      socket: this.#socket,
      credential: options.credential,
      onRefused: () => this.#refuse(),
      onSynced: () => this.#connected(),
      onChanged: (ids) => this.#reconcile(ids),
      onStateless: (payload) => this.#replies.receive(payload),
    });
    this.#unsubscribe = options.library.onDocumentUpdate((update) => this.#local(update));
    const idleMs = options.idleMs ?? 30_000;
    this.#sweep = setInterval(() => this.#detachIdle(idleMs), Math.max(50, idleMs / 2));
    this.#sweep.unref();
    this.#watchAdded = setInterval(() => this.#offerUnknown(false), 1_000);
    this.#watchAdded.unref();
    this.#stopPresence = options.presence?.keepWith((id) => this.#present(id)) ?? (() => undefined);
  }

  state(): NewsroomState {
    return {
      connection: this.#connection,
      link: this.#options.link,
      waiting: Object.fromEntries(this.#library.replica.unsent()),
      refusal: this.#refusal,
    };
  }

  /** A local create, status move, trash or restore, for the server to decide. */
  submit(request: DeskRequest): void {
    const queued = this.#library.replica.queued();
    if (
      request.op === 'create' &&
      queued.some(({ request: { op, id } }) => op === 'create' && id === request.id)
    ) {
      return;
    }
    const requestId = randomUUID();
    this.#library.replica.enqueue(
      request.op === 'create' ? { ...request, requestId, document: '' } : { ...request, requestId },
    );
    void this.#flush();
  }

  /** The articles with an open connection (tests and diagnostics). */
  openArticles(): string[] {
    return [...this.#links.keys()];
  }

  stop(): void {
    this.#unsubscribe();
    this.#stopPresence();
    clearInterval(this.#sweep);
    clearInterval(this.#watchAdded);
    if (this.#stateTimer !== null) clearTimeout(this.#stateTimer);
    if (this.#repump !== null) clearTimeout(this.#repump);
    this.#replies.abandon();
    for (const [id, link] of this.#links) this.#close(id, link);
    this.#index.destroy();
    this.#socket.destroy();
  }

  #connected(): void {
    this.#setConnection('connected');
    this.#offerUnknown(true);
    this.#reconcile([...this.#index.entries().keys()]);
    for (const id of this.#library.replica.unsent().keys()) this.#toSync.add(id);
    this.#pump();
    void this.#flush();
  }

  #goOffline(): void {
    if (this.#connection === 'refused') return;
    this.#setConnection('offline');
    this.#replies.abandon();
    this.#index.renew();
  }

  #refuse(): void {
    this.#setConnection('refused');
    this.#socket.disconnect();
  }

  /**
   * Articles the server has never seen (written before joining, imported, received in a package,
   * taken from a wire) go to it as creations, so that the newsroom has what the desk shows.
   * A trashed one stays on the desk.
   */
  #offerUnknown(sinceJoining: boolean): void {
    if (this.#connection !== 'connected') return;
    const added = this.#library.replica.addedSince(sinceJoining ? 0 : this.#lastRow);
    this.#lastRow = added.lastRow;
    const entries = this.#index.entries();
    for (const id of added.ids) if (!entries.has(id)) this.submit({ op: 'create', id });
  }

  /** The server's index moved: take its decisions, and sync what changed on the server. */
  #reconcile(ids: string[]): void {
    const waitingFor = new Set(this.#library.replica.queued().map(({ request }) => request.id));
    const local = this.#library.replica.articles();
    const changed: string[] = [];
    for (const id of ids) {
      const entry = this.#index.entry(id);
      const article = local.get(id);
      if (entry === null) continue;
      if (article === undefined) {
        // The newsroom's trash stays on the server: a desk that emptied its own, or never had
        // the article, takes it only if someone restores it.
        if (entry.trashedAt === null) this.#toSync.add(id);
        continue;
      }
      if (!waitingFor.has(id) && differs(article, entry)) {
        this.#library.adoptServerEntry({ id, entry, document: null });
        changed.push(id);
      }
      if (this.#links.get(id)?.settled === true) {
        this.#library.replica.markSynced(id, entry.changedAt);
      } else if (article.syncedChangedAt !== entry.changedAt) this.#toSync.add(id);
    }
    if (changed.length > 0) this.#options.onArticlesChanged(changed);
    this.#pump();
  }

  #has(id: string): boolean {
    return this.#library.replica.article(id) !== null;
  }

  /** Opens connections for what needs syncing, a few at a time. */
  #pump(): void {
    if (this.#connection !== 'connected') return;
    const limit = this.#options.maximumCatchingUp ?? 8;
    const now = Date.now();
    for (const id of [...this.#toSync]) {
      if (this.#links.size >= limit) return;
      if (now - (this.#closedAt.get(id) ?? 0) < reopenDelayMs) {
        this.#repump ??= setTimeout(() => {
          this.#repump = null;
          this.#pump();
        }, reopenDelayMs).unref();
        continue;
      }
      this.#toSync.delete(id);
      this.#open(id);
    }
  }

  #open(id: string): ArticleLink {
    const existing = this.#links.get(id);
    if (existing !== undefined) return existing;
    const known = this.#has(id);
    const link = new ArticleLink({
      socket: this.#socket,
      articleId: id,
      credential: this.#options.credential,
      localState: known ? decodeUpdate(this.#library.document(id).state) : null,
      onRemote: (update) => this.#remote(id, update),
      onSettled: () => this.#settled(id, link),
      onRefused: (reason) => {
        // The article is not on the server yet (its creation is on its way): try again when
        // the server's index lists it. Only a refused credential refuses the whole desk.
        if (isCredentialRefusal(reason)) this.#refuse();
        else this.#drop(id);
      },
    });
    this.#links.set(id, link);
    const detach = this.#options.presence?.attach(id, link.provider);
    if (detach) this.#presenceDetach.set(id, detach);
    return link;
  }

  #close(id: string, link: ArticleLink): void {
    this.#detachPresence(id);
    link.close();
    this.#links.delete(id);
    this.#closedAt.set(id, Date.now());
  }

  #detachPresence(id: string): void {
    this.#presenceDetach.get(id)?.();
    this.#presenceDetach.delete(id);
  }

  /** A window is in the article: connect it, and keep it connected while presence is renewed. */
  #present(id: string): boolean {
    const link = this.#links.get(id);
    // Every caret move comes here: an open connection is only touched, never the library.
    if (link !== undefined) {
      link.lastActivity = Date.now();
      return true;
    }
    if (this.#connection !== 'connected' || !this.#has(id)) return false;
    if (Date.now() - (this.#closedAt.get(id) ?? 0) >= reopenDelayMs) this.#open(id);
    else {
      this.#toSync.add(id);
      this.#pump();
    }
    return true;
  }

  #drop(id: string): void {
    const link = this.#links.get(id);
    if (link === undefined) return;
    this.#links.delete(id);
    this.#detachPresence(id);
    this.#closedAt.set(id, Date.now());
    // Not from inside the provider's own event.
    setTimeout(() => link.close(), 0);
  }

  #remote(id: string, update: Uint8Array): void {
    if (!this.#has(id)) return;
    try {
      this.#library.applyUpdate({ id, update, origin: replicaOrigin }, actor);
    } catch {
      // A trashed article takes no text: the server's next index change decides its fate.
    }
  }

  #settled(id: string, link: ArticleLink): void {
    const entry = this.#index.entry(id);
    if (!this.#has(id)) {
      if (entry === null) return;
      this.#library.adoptServerEntry({ id, entry, document: link.state() });
      this.#options.onArticlesChanged([id]);
    }
    this.#library.replica.markSynced(id, entry?.changedAt ?? null);
    this.#announce();
  }

  #local({ articleId, update, origin }: StoredDocumentUpdate): void {
    if (origin === replicaOrigin) return;
    this.#library.replica.addUnsent(articleId);
    const link = this.#links.get(articleId);
    if (link !== undefined) link.push(update);
    else if (this.#connection !== 'connected') {
      // Sent when the server is back: the article is among the unsent ones.
    } else if (Date.now() - (this.#closedAt.get(articleId) ?? 0) >= reopenDelayMs) {
      // Being edited: connected whatever the catching-up limit.
      this.#open(articleId);
    } else {
      this.#toSync.add(articleId);
      this.#pump();
    }
    this.#announce();
  }

  #detachIdle(idleMs: number): void {
    const now = Date.now();
    for (const [id, link] of this.#links) {
      if (link.settled && now - link.lastActivity > idleMs) this.#close(id, link);
    }
    this.#pump();
  }

  /** Sends the waiting requests in order; stops at the first one the server does not answer. */
  async #flush(): Promise<void> {
    if (this.#sending || this.#connection !== 'connected') return;
    this.#sending = true;
    try {
      // Taken one at a time: a request made while another is on its way goes out after it.
      for (
        let next = this.#library.replica.queued()[0];
        next;
        next = this.#library.replica.queued()[0]
      ) {
        const { seq, request } = next;
        if (this.#connection !== 'connected') return;
        const sent =
          request.op === 'create'
            ? { ...request, document: this.#library.document(request.id).state }
            : request;
        const reply = this.#replies.wait(request.requestId, this.#options.replyTimeoutMs ?? 10_000);
        this.#index.send(JSON.stringify(sent));
        const answer = await reply;
        if (answer === null) return;
        this.#library.replica.dequeue(seq);
        if (!answer.ok) this.#refused(request.id, answer.message);
      }
    } finally {
      this.#sending = false;
    }
  }

  /** The server said no: show it, and take the server's state. */
  #refused(id: string, message: string): void {
    this.#refusal = { articleId: id, message };
    const entry = this.#index.entry(id);
    const article = this.#library.replica.article(id);
    if (entry !== null && article !== null && differs(article, entry)) {
      this.#library.adoptServerEntry({ id, entry, document: null });
      this.#options.onArticlesChanged([id]);
    }
    this.#announce();
  }

  #setConnection(connection: NewsroomConnection): void {
    if (this.#connection === connection) return;
    this.#connection = connection;
    this.#announce();
  }

  /** At most one state message per 200 ms: typing would otherwise send one per keystroke. */
  #announce(): void {
    if (this.#stateTimer !== null) return;
    this.#stateTimer = setTimeout(() => {
      this.#stateTimer = null;
      this.#options.onState(this.state());
    }, 200);
    this.#stateTimer.unref();
  }
}
