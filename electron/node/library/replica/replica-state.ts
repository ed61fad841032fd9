import type Database from 'better-sqlite3';
import { NewsroomLink } from '../../../../shared/newsroom/newsroom-link';
import { NewsroomRequest } from '../../../../shared/newsroom/newsroom-request';
import type { Status } from '../../../../shared/model/status';
import { prepared } from '../storage/prepared';

/** What the replica compares with the server's index entry, without reading the article. */
export interface ReplicaArticle {
  status: Status;
  trashedAt: string | null;
  syncedChangedAt: string | null;
}

export interface QueuedRequest {
  seq: number;
  request: NewsroomRequest;
}

/**
 * What a replica library keeps of its newsroom server, in the library itself so it survives a
 * restart: the link, the requests waiting for the server, and per article the server's last
 * change it synced and how many local changes the server has not confirmed.
 */
export interface ReplicaState {
  /** An article's status, trash and last synced server change; null when the library lacks it. */
  article(articleId: string): ReplicaArticle | null;
  /** The same for every article, for comparing with the whole index at once. */
  articles(): Map<string, ReplicaArticle>;
  link(): NewsroomLink | null;
  setLink(link: NewsroomLink | null): void;
  enqueue(request: NewsroomRequest): void;
  queued(): QueuedRequest[];
  dequeue(seq: number): void;
  markSynced(articleId: string, changedAt: string | null): void;
  addUnsent(articleId: string): void;
  /** Articles with local changes the server has not confirmed, and how many. */
  unsent(): Map<string, number>;
  /**
   * Articles added after row `afterRow` (created, imported, received, taken, or written by another
   * process) that are neither trashed nor ever synced, and the library's last row: cheap enough to
   * ask every second.
   */
  addedSince(afterRow: number): { lastRow: number; ids: string[] };
}

const articleSql = `SELECT a.id, a.status, a.trashed_at AS trashedAt, r.synced_changed_at AS syncedChangedAt
  FROM articles a LEFT JOIN replica_articles r ON r.article_id = a.id`;

type ArticleRow = ReplicaArticle & { id: string };

const replicaArticle = ({ id: _id, ...article }: ArticleRow): ReplicaArticle => article;

interface LinkRow {
  address: string;
  library_id: string;
  name: string;
  role: string;
}

export const replicaState = (db: Database.Database): ReplicaState => ({
  article: (articleId) => {
    const row = prepared(db, `${articleSql} WHERE a.id = ?`).get(articleId) as
      ArticleRow | undefined;
    return row === undefined ? null : replicaArticle(row);
  },
  articles: () =>
    new Map(
      (prepared(db, articleSql).all() as ArticleRow[]).map((row) => [row.id, replicaArticle(row)]),
    ),
  link: () => {
    const row = prepared(db, 'SELECT * FROM newsroom_link WHERE id = 1').get() as
      LinkRow | undefined;
    if (row === undefined) return null;
    return NewsroomLink.parse({ ...row, libraryId: row.library_id });
  },
  setLink: (link) => {
    prepared(db, 'DELETE FROM newsroom_link').run();
    if (link === null) return;
    prepared(
      db,
      'INSERT INTO newsroom_link (id, address, library_id, name, role) VALUES (1, ?, ?, ?, ?)',
    ).run(link.address, link.libraryId, link.name, link.role);
  },
  enqueue: (request) => {
    prepared(db, 'INSERT INTO replica_requests (request) VALUES (?)').run(JSON.stringify(request));
  },
  queued: () =>
    (
      prepared(db, 'SELECT id, request FROM replica_requests ORDER BY id').all() as {
        id: number;
        request: string;
      }[]
    ).map((row) => ({ seq: row.id, request: NewsroomRequest.parse(JSON.parse(row.request)) })),
  dequeue: (seq) => {
    prepared(db, 'DELETE FROM replica_requests WHERE id = ?').run(seq);
  },
  markSynced: (articleId, changedAt) => {
    prepared(
      db,
      `INSERT INTO replica_articles (article_id, synced_changed_at, unsent) VALUES (?, ?, 0)
       ON CONFLICT (article_id) DO UPDATE SET synced_changed_at = excluded.synced_changed_at, unsent = 0`,
    ).run(articleId, changedAt);
  },
  addUnsent: (articleId) => {
    prepared(
      db,
      `INSERT INTO replica_articles (article_id, unsent) VALUES (?, 1)
       ON CONFLICT (article_id) DO UPDATE SET unsent = unsent + 1`,
    ).run(articleId);
  },
  unsent: () =>
    new Map(
      (
        prepared(
          db,
          'SELECT article_id, unsent FROM replica_articles WHERE unsent > 0 ORDER BY article_id',
        ).all() as { article_id: string; unsent: number }[]
      ).map((row) => [row.article_id, row.unsent]),
    ),
  addedSince: (afterRow) => {
    const { lastRow } = prepared(
      db,
      'SELECT coalesce(max(rowid), 0) AS lastRow FROM articles',
    ).get() as {
      lastRow: number;
    };
    if (lastRow <= afterRow) return { lastRow, ids: [] };
    const rows = prepared(
      db,
      `SELECT a.id FROM articles a LEFT JOIN replica_articles r ON r.article_id = a.id
       WHERE a.rowid > ? AND a.trashed_at IS NULL AND r.synced_changed_at IS NULL ORDER BY a.rowid`,
    ).all(afterRow) as { id: string }[];
    return { lastRow, ids: rows.map((row) => row.id) };
  },
});
