import type Database from 'better-sqlite3';
import { NewsroomLink } from '../../../../shared/newsroom/newsroom-link';
import { NewsroomRequest } from '../../../../shared/newsroom/newsroom-request';
import { prepared } from '../storage/prepared';

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
  link(): NewsroomLink | null;
  setLink(link: NewsroomLink | null): void;
  enqueue(request: NewsroomRequest): void;
  queued(): QueuedRequest[];
  dequeue(seq: number): void;
  syncedChangedAt(articleId: string): string | null;
  markSynced(articleId: string, changedAt: string | null): void;
  addUnsent(articleId: string): void;
  /** Articles with local changes the server has not confirmed, and how many. */
  unsent(): Map<string, number>;
}

interface LinkRow {
  address: string;
  library_id: string;
  name: string;
  role: string;
}

export const replicaState = (db: Database.Database): ReplicaState => ({
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
  syncedChangedAt: (articleId) =>
    (prepared(db, 'SELECT synced_changed_at FROM replica_articles WHERE article_id = ?')
      .pluck()
      .get(articleId) as string | null | undefined) ?? null,
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
});
