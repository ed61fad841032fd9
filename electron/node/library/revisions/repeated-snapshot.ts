import type Database from 'better-sqlite3';
import { prepared } from '../storage/prepared';

/**
 * A snapshot whose fields equal the article's previous stored snapshot (a status change, an
 * automatic snapshot with nothing typed since) keeps an empty `fields`: "as the one before". Most
 * revisions are such repeats, so this stores each text once. Older rows all hold their fields.
 */
const repeated = Buffer.alloc(0);

const latestStored = (
  db: Database.Database,
  articleId: string,
  beforeId: number,
): Buffer | undefined =>
  prepared(
    db,
    'SELECT fields FROM revisions WHERE article_id = ? AND id < ? AND length(fields) > 0 ORDER BY id DESC LIMIT 1',
  )
    .pluck()
    .get(articleId, beforeId) as Buffer | undefined;

/** What to store for a new snapshot of `articleId` whose encoded fields are `encoded`. */
export const fieldsToStore = (db: Database.Database, articleId: string, encoded: Buffer): Buffer =>
  latestStored(db, articleId, Number.MAX_SAFE_INTEGER)?.equals(encoded) === true
    ? repeated
    : encoded;

/** The encoded fields of revision `id`, following a repeat back to the snapshot it repeats. */
export const storedFieldsOf = (
  db: Database.Database,
  articleId: string,
  id: number,
  stored: Buffer,
): Buffer => (stored.byteLength > 0 ? stored : (latestStored(db, articleId, id) ?? stored));

/** Before revision `id` is deleted: the repeat right after it, if any, takes over its fields. */
export const handOnFields = (db: Database.Database, id: number): void => {
  prepared(
    db,
    `UPDATE revisions SET fields = (SELECT fields FROM revisions WHERE id = @id)
     WHERE id = (SELECT next.id FROM revisions next, revisions doomed
                 WHERE doomed.id = @id AND next.article_id = doomed.article_id AND next.id > @id
                 ORDER BY next.id LIMIT 1)
       AND length(fields) = 0`,
  ).run({ id });
};
