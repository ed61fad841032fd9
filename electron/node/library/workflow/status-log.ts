import type Database from 'better-sqlite3';
import type { StatusChange } from '../../../../shared/model/revision';
import type { Status } from '../../../../shared/model/status';
import { prepared } from '../storage/prepared';
import { storedSignature } from './stored-signature';

interface StatusChangeRow {
  id: number;
  article_id: string;
  revision: number;
  from_status: Status | null;
  to_status: Status;
  by_name: string;
  role: string | null;
  note: string;
  at: string;
  signature: string | null;
}

export const recordStatusChange = (
  db: Database.Database,
  change: Omit<StatusChange, 'id'>,
): void => {
  prepared(
    db,
    `INSERT INTO status_changes (article_id, revision, from_status, to_status, by_name, role, note, at, signature)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    change.articleId,
    change.revision,
    change.from,
    change.to,
    change.by,
    change.role,
    change.note,
    change.at,
    change.signature === undefined ? null : JSON.stringify(change.signature),
  );
};

/** Every status change of an article, oldest first (in the order they were written). */
export const readStatusLog = (db: Database.Database, articleId: string): StatusChange[] =>
  (
    prepared(db, 'SELECT * FROM status_changes WHERE article_id = ? ORDER BY id').all(
      articleId,
    ) as StatusChangeRow[]
  ).map((row) => ({
    id: row.id,
    articleId: row.article_id,
    revision: row.revision,
    from: row.from_status,
    to: row.to_status,
    by: row.by_name,
    role: row.role,
    note: row.note,
    at: row.at,
    signature: storedSignature(row.signature),
  }));
