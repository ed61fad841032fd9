import type { Pool, PoolClient } from 'pg';
import { Role } from '../../../../shared/model/role';
import { Status } from '../../../../shared/model/status';
import type { IndexEntry } from '../../../../shared/newsroom/library-index';

interface ArticleRow {
  id: string;
  status: string;
  trashed_at: Date | null;
  created_at: Date;
  changed_at: Date;
}

interface MoveRow {
  article_id: string;
  from_status: string;
  to_status: string;
  by_name: string;
  role: string;
  at: Date;
  note: string;
}

/** Index entries with their status moves in order: every article's, or one article's. */
export const readIndexEntries = async (
  db: Pool | PoolClient,
  onlyId?: string,
): Promise<Map<string, IndexEntry>> => {
  const filter = onlyId === undefined ? '' : 'WHERE id = $1';
  const moveFilter = onlyId === undefined ? '' : 'WHERE article_id = $1';
  const parameters = onlyId === undefined ? [] : [onlyId];
  const articles = await db.query<ArticleRow>(
    `SELECT id, status, trashed_at, created_at, changed_at FROM newsroom_articles ${filter}`,
    parameters,
  );
  const moves = await db.query<MoveRow>(
    `SELECT article_id, from_status, to_status, by_name, role, at, note
     FROM newsroom_moves ${moveFilter} ORDER BY article_id, seq`,
    parameters,
  );
  const entries = new Map<string, IndexEntry>();
  for (const row of articles.rows) {
    entries.set(row.id, {
      status: Status.parse(row.status),
      trashedAt: row.trashed_at?.toISOString() ?? null,
      createdAt: row.created_at.toISOString(),
      changedAt: row.changed_at.toISOString(),
      moves: [],
    });
  }
  for (const move of moves.rows) {
    entries.get(move.article_id)?.moves.push({
      from: Status.parse(move.from_status),
      to: Status.parse(move.to_status),
      by: move.by_name,
      role: Role.parse(move.role),
      at: move.at.toISOString(),
      note: move.note,
    });
  }
  return entries;
};
