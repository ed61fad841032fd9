import type Database from 'better-sqlite3';
import type {
  PackageRevision,
  PackageStatusChange,
} from '../../../../shared/package/package-history';
import { countDocumentCached } from '../articles/count-document-cached';
import { prepared } from '../storage/prepared';
import { encodeSnapshotFields } from '../revisions/snapshot-fields';
import type { IncomingMove } from '../trust/move-plan';

const revisionKey = (revision: {
  createdAt: string;
  author: string;
  revision: number;
  reason: string;
}) => JSON.stringify([revision.createdAt, revision.author, revision.revision, revision.reason]);

const statusKey = (change: { at: string; by: string; from: string | null; to: string }) =>
  JSON.stringify([change.at, change.by, change.from, change.to]);

/** Adds the package's revisions this article lacks (same time, author, revision and reason). */
export const insertMissingRevisions = (
  db: Database.Database,
  articleId: string,
  revisions: readonly PackageRevision[],
): number => {
  const known = new Set(
    (
      prepared(
        db,
        'SELECT created_at, author, revision, reason FROM revisions WHERE article_id = ?',
      ).all(articleId) as { created_at: string; author: string; revision: number; reason: string }[]
    ).map((row) => revisionKey({ ...row, createdAt: row.created_at })),
  );
  const insert = prepared(
    db,
    `INSERT INTO revisions (article_id, revision, reason, name, author, created_at, status, fields, words)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let added = 0;
  for (const revision of revisions) {
    const key = revisionKey(revision);
    if (known.has(key)) continue;
    known.add(key);
    insert.run(
      articleId,
      revision.revision,
      revision.reason,
      revision.name,
      revision.author,
      revision.createdAt,
      revision.status,
      encodeSnapshotFields(revision.fields),
      countDocumentCached(revision.fields.body).words,
    );
    added += 1;
  }
  return added;
};

/**
 * The package's status changes this article has neither in its log nor held (same time, who,
 * from and to), as moves of the article: they still have to be verified before they count.
 */
export const unknownStatusChanges = (
  db: Database.Database,
  articleId: string,
  changes: readonly PackageStatusChange[],
): IncomingMove[] => {
  const known = new Set(
    (
      prepared(
        db,
        `SELECT at, by_name, from_status, to_status FROM status_changes WHERE article_id = ?
         UNION ALL
         SELECT at, by_name, from_status, to_status FROM held_moves WHERE article_id = ?`,
      ).all(articleId, articleId) as {
        at: string;
        by_name: string;
        from_status: string | null;
        to_status: string;
      }[]
    ).map((row) =>
      statusKey({ at: row.at, by: row.by_name, from: row.from_status, to: row.to_status }),
    ),
  );
  const unknown: IncomingMove[] = [];
  for (const change of changes) {
    const key = statusKey(change);
    if (known.has(key)) continue;
    known.add(key);
    unknown.push({ ...change, articleId });
  }
  return unknown;
};
