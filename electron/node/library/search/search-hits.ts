import type Database from 'better-sqlite3';
import type { ListQuery } from '../../../../shared/model/list-query';
import type { SqlCondition } from './list-filter';
import { listOrder } from './list-order';
import { prepared } from '../storage/prepared';

/** No filter but the trash's: the index alone ranks the hits; trashed rows are dropped after. */
const filtersOnlyTrash = (query: ListQuery): boolean =>
  query.statuses.length === 0 &&
  query.section === undefined &&
  query.byline === undefined &&
  query.tag === undefined &&
  query.language === undefined &&
  query.updatedFrom === undefined &&
  query.updatedTo === undefined;

const rankedByIndex = (db: Database.Database, match: string, trash: boolean): number[] => {
  const ranked = prepared(
    db,
    'SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank, rowid DESC',
  )
    .pluck()
    .all(match) as number[];
  const trashed = new Set(
    prepared(db, 'SELECT row_id FROM articles WHERE trashed_at IS NOT NULL')
      .pluck()
      .all() as number[],
  );
  if (trashed.size === 0 && !trash) return ranked;
  return ranked.filter((rowId) => trashed.has(rowId) === trash);
};

/**
 * The row ids of every article a search finds, in list order. The MATCH is evaluated once for
 * both the page and the total; the articles table is read per hit only when a filter or a sort
 * needs it (a plain search ranks from the index alone), and then with the index as the outer loop.
 */
export const searchHits = (
  db: Database.Database,
  query: ListQuery,
  match: string,
  filter: SqlCondition,
): number[] => {
  const relevance = query.sort === 'relevance' && query.direction === 'desc';
  if (relevance && filtersOnlyTrash(query)) return rankedByIndex(db, match, query.trash);
  return prepared(
    db,
    `SELECT a.row_id FROM article_search CROSS JOIN articles a ON a.row_id = article_search.rowid
     WHERE article_search MATCH ? AND ${filter.where} ORDER BY ${listOrder(query, true)}`,
  )
    .pluck()
    .all(match, ...filter.parameters) as number[];
};
