import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors/error-code';
import type { Article } from '../../../../shared/model/article';
import type {
  RevisionReason,
  RevisionSnapshot,
  RevisionSummary,
} from '../../../../shared/model/revision';
import type { Status } from '../../../../shared/model/status';
import { pickArticleFields } from '../../../../shared/model/article-fields';
import { prepared } from '../storage/prepared';
import type { PrunableRevision } from './revision-pruning';
import { revisionsToPrune } from './revision-pruning';
import { decodeSnapshotFields, encodeSnapshotFields } from './snapshot-fields';
import { fieldsToStore, handOnFields, storedFieldsOf } from './repeated-snapshot';

interface RevisionRow {
  id: number;
  article_id: string;
  revision: number;
  reason: RevisionReason;
  name: string | null;
  author: string;
  created_at: string;
  words: number;
  status: Status;
}

const summaryColumns = 'id, article_id, revision, reason, name, author, created_at, words, status';

const toSummary = (row: RevisionRow): RevisionSummary => ({
  id: row.id,
  articleId: row.article_id,
  revision: row.revision,
  reason: row.reason,
  name: row.name,
  author: row.author,
  createdAt: row.created_at,
  words: row.words,
  status: row.status,
});

/** Keeps a full copy of the article as it is now (its fields, compressed, and status). */
export const insertSnapshot = (
  db: Database.Database,
  article: Article,
  snapshot: { reason: RevisionReason; name: string | null; author: string; createdAt: string },
): RevisionSummary => {
  const id = prepared(
    db,
    `INSERT INTO revisions (article_id, revision, reason, name, author, created_at, status, fields, words)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    article.id,
    article.revision,
    snapshot.reason,
    snapshot.name,
    snapshot.author,
    snapshot.createdAt,
    article.status,
    fieldsToStore(db, article.id, encodeSnapshotFields(pickArticleFields(article))),
    article.counts.words,
  ).lastInsertRowid;
  return toSummary({
    id: Number(id),
    article_id: article.id,
    revision: article.revision,
    reason: snapshot.reason,
    name: snapshot.name,
    author: snapshot.author,
    created_at: snapshot.createdAt,
    words: article.counts.words,
    status: article.status,
  });
};

/** Newest first (by id: the order they were written). */
export const listRevisions = (db: Database.Database, articleId: string): RevisionSummary[] =>
  (
    prepared(
      db,
      `SELECT ${summaryColumns} FROM revisions WHERE article_id = ? ORDER BY id DESC`,
    ).all(articleId) as RevisionRow[]
  ).map(toSummary);

export const readRevision = (
  db: Database.Database,
  articleId: string,
  revisionId: number,
): RevisionSnapshot => {
  const row = prepared(
    db,
    `SELECT ${summaryColumns}, status, fields FROM revisions WHERE article_id = ? AND id = ?`,
  ).get(articleId, revisionId) as (RevisionRow & { status: Status; fields: Buffer }) | undefined;
  if (row === undefined)
    throw new AppError('not_found', 'This version of the article does not exist.');
  const fields = storedFieldsOf(db, articleId, revisionId, row.fields);
  return { ...toSummary(row), status: row.status, fields: decodeSnapshotFields(fields) };
};

export const newestSnapshotTime = (db: Database.Database, articleId: string): string | undefined =>
  prepared(db, 'SELECT created_at FROM revisions WHERE article_id = ? ORDER BY id DESC LIMIT 1')
    .pluck()
    .get(articleId) as string | undefined;

export const pruneRevisions = (db: Database.Database, articleId: string, now: Date): number => {
  const revisions = (
    prepared(db, 'SELECT id, reason, created_at FROM revisions WHERE article_id = ?').all(
      articleId,
    ) as { id: number; reason: RevisionReason; created_at: string }[]
  ).map((row): PrunableRevision => ({ id: row.id, reason: row.reason, createdAt: row.created_at }));
  const doomed = revisionsToPrune(revisions, now);
  const remove = prepared(db, 'DELETE FROM revisions WHERE id = ?');
  for (const id of [...doomed].sort((left, right) => left - right)) {
    handOnFields(db, id);
    remove.run(id);
  }
  return doomed.length;
};
