import type { Pool, PoolClient } from 'pg';
import * as Y from 'yjs';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import { missingCaseError } from '../../../../shared/errors/missing-case';
import { ArticleId } from '../../../../shared/model/article';
import { Status } from '../../../../shared/model/status';
import type { NewsroomRequest } from '../../../../shared/newsroom/newsroom-request';
import { statusBeforeSpike } from '../../../../shared/workflow/status-before-spike';
import { transitionRefusal } from '../../../../shared/workflow/transition-refusal';
import { checkTransition } from '../../../../shared/workflow/transitions';
import { mayTrash } from '../../../../shared/workflow/trash-permission';
import type { Member, RequestOutcome } from '../server/newsroom-store';
import { inTransaction } from './in-transaction';
import { readIndexEntries } from './read-index-entries';
import { readinessNote } from './readiness-note';

type Refusal = Extract<RequestOutcome, { ok: false }>;

const refused = (code: Refusal['code'], message: string): Refusal => ({ ok: false, code, message });

/** The document a desk seeded, or null when it is not a readable Yjs update. */
const readableDocument = (encoded: string): Uint8Array | null => {
  const doc = new Y.Doc();
  try {
    const update = decodeUpdate(encoded);
    Y.applyUpdate(doc, update);
    return update;
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
};

const outcome = async (client: PoolClient, id: string): Promise<RequestOutcome> => ({
  ok: true,
  id,
  entry: (await readIndexEntries(client, id)).get(id)!,
});

const create = async (
  client: PoolClient,
  request: Extract<NewsroomRequest, { op: 'create' }>,
): Promise<RequestOutcome> => {
  const document = readableDocument(request.document);
  if (document === null) return refused('invalid', 'The article’s document could not be read.');
  const inserted = await client.query(
    `INSERT INTO newsroom_articles (id, document, status, created_at, changed_at)
     VALUES ($1, $2, 'draft', clock_timestamp(), clock_timestamp()) ON CONFLICT (id) DO NOTHING`,
    [request.id, Buffer.from(document)],
  );
  if (inserted.rowCount === 0) {
    return refused('conflict', `An article with the id ${request.id} already exists.`);
  }
  return outcome(client, request.id);
};

/** The row is locked until the transaction ends: a move on another instance waits and then sees this one. */
const lockArticle = async (client: PoolClient, id: string) => {
  const { rows } = await client.query<{ status: string; trashed_at: Date | null }>(
    'SELECT status, trashed_at FROM newsroom_articles WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0] === undefined
    ? null
    : { status: Status.parse(rows[0].status), trashed: rows[0].trashed_at !== null };
};

const setStatus = async (
  client: PoolClient,
  request: Extract<NewsroomRequest, { op: 'setStatus' }>,
  by: Member,
): Promise<RequestOutcome> => {
  const article = await lockArticle(client, request.id);
  if (article === null) return refused('not_found', `There is no article ${request.id}.`);
  if (article.trashed) return refused('conflict', 'The article is in the trash.');
  if (article.status === request.status) return outcome(client, request.id);
  const moves = await client.query<{ from: string; to: string }>(
    `SELECT from_status AS "from", to_status AS "to" FROM newsroom_moves
     WHERE article_id = $1 ORDER BY seq`,
    [request.id],
  );
  const previousStatus =
    article.status === 'spiked'
      ? statusBeforeSpike(
          moves.rows.map((move) => ({ from: Status.parse(move.from), to: Status.parse(move.to) })),
        )
      : undefined;
  const check = checkTransition(article.status, request.status, by.role, { previousStatus });
  if (!check.ok) {
    return refused(
      check.reason,
      transitionRefusal(article.status, request.status, by.role, check.reason),
    );
  }
  const ready = await readinessNote(client, request, by);
  if (!ready.ok) return refused('not_ready', ready.message);
  await client.query(
    'UPDATE newsroom_articles SET status = $2, changed_at = clock_timestamp() WHERE id = $1',
    [request.id, request.status],
  );
  await client.query(
    `INSERT INTO newsroom_moves (article_id, from_status, to_status, by_name, role, at, note)
     VALUES ($1, $2, $3, $4, $5, clock_timestamp(), $6)`,
    [request.id, article.status, request.status, by.name, by.role, ready.note],
  );
  return outcome(client, request.id);
};

const setTrashed = async (
  client: PoolClient,
  request: Extract<NewsroomRequest, { op: 'trash' | 'restore' }>,
  by: Member,
): Promise<RequestOutcome> => {
  const { id } = request;
  const trashed = request.op === 'trash';
  const article = await lockArticle(client, id);
  if (article === null) return refused('not_found', `There is no article ${id}.`);
  if (!mayTrash(article.status, by.role)) {
    return refused(
      'not_allowed_for_role',
      `Only an editor or chief editor may ${request.op} an article that is ${article.status.replaceAll('_', ' ')}.`,
    );
  }
  if (article.trashed !== trashed) {
    await client.query(
      `UPDATE newsroom_articles SET trashed_at = ${trashed ? 'clock_timestamp()' : 'NULL'}, changed_at = clock_timestamp()
       WHERE id = $1`,
      [id],
    );
  }
  return outcome(client, id);
};

/**
 * A desk's request in one transaction with the article's row locked, checked with the same
 * workflow rules as a local library against the role the member authenticated with.
 */
export const applyPostgresRequest = (
  pool: Pool,
  request: NewsroomRequest,
  by: Member,
): Promise<RequestOutcome> => {
  if (!ArticleId.safeParse(request.id).success) {
    return Promise.resolve(refused('invalid', `${request.id} is not an article id.`));
  }
  return inTransaction(pool, async (client) => {
    switch (request.op) {
      case 'create':
        return create(client, request);
      case 'setStatus':
        return setStatus(client, request, by);
      case 'trash':
      case 'restore':
        return setTrashed(client, request, by);
      default:
        throw missingCaseError(request);
    }
  });
};
