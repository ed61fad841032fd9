import type { Role } from '../../../../shared/model/role';
import type { IndexEntry } from '../../../../shared/newsroom/library-index';
import type { NewsroomAccount } from '../../../../shared/newsroom/newsroom-account';
import type { NewsroomRequest } from '../../../../shared/newsroom/newsroom-request';

/** Who a connection authenticated as. */
export interface Member {
  name: string;
  role: Role;
}

export interface AccountStore {
  /** A new account and its one-time invitation (shown once, stored hashed). */
  add(name: string, role: Role): Promise<{ account: NewsroomAccount; invitation: string }>;
  list(): Promise<NewsroomAccount[]>;
  revoke(name: string): Promise<NewsroomAccount>;
  /** Exchanges an unused invitation for a credential; null when unknown, used or revoked. */
  redeem(invitation: string): Promise<{ member: Member; credential: string } | null>;
  /** The member a credential belongs to; null when unknown or revoked. */
  authenticate(credential: string): Promise<Member | null>;
}

export type RequestOutcome =
  | { ok: true; id: string; entry: IndexEntry }
  | {
      ok: false;
      code:
        | 'not_allowed_for_role'
        | 'not_a_transition'
        | 'not_ready'
        | 'not_found'
        | 'invalid'
        | 'conflict';
      message: string;
    };

/**
 * Where a newsroom server keeps everything: the embedded default is a Copydesk library (SQLite,
 * the same storage as the desktop app); `--database postgres://…` keeps it in PostgreSQL so
 * that several instances share it. The Hocuspocus wiring is the same over both.
 */
export interface NewsroomStore {
  readonly libraryId: string;
  readonly accounts: AccountStore;
  /** Every article's index entry, to build the `library` document when it is first loaded. */
  index(): Promise<Map<string, IndexEntry>>;
  /** An article's document as one full-state update, or null when the article does not exist. */
  loadArticle(id: string): Promise<Uint8Array | null>;
  /** Keeps changes to an article's document (an update against what was stored); returns its new entry. */
  storeArticle(id: string, update: Uint8Array, by: Member): Promise<IndexEntry>;
  /** A desk's request, checked against the member's role with the shared workflow rules. */
  apply(request: NewsroomRequest, by: Member): Promise<RequestOutcome>;
  /**
   * Changes the store made to an article's document itself (the embedded library gives a new
   * article a free slug, restores a version…), for the server to pass on to open documents;
   * returns the unsubscribe. A store that never writes documents on its own may leave it out.
   */
  onArticleUpdate?(listener: (id: string, update: Uint8Array) => void): () => void;
  close(): Promise<void>;
}
