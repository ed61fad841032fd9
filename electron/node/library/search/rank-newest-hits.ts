import type Database from 'better-sqlite3';
import { prepared } from '../storage/prepared';
import type { SearchTable } from './search-table';

/**
 * How many of the newest hits bm25 ranks. Ranking costs microseconds per hit: all of a common
 * word's 30,000 hits at 100,000 articles took over 100 ms, the newest 2,000 take a few.
 */
export const rankedHits = 2_000;

/**
 * Search hits in relevance order: the newest `ranked` of them (`newest` holds row ids newest
 * first) by bm25 (the index's rank: headline weighing most), ties newest first; then the older
 * ones, newest first. Up to `ranked` hits this is exactly the bm25 order of the whole result.
 * The rank is read for a row-id range and sorted here: FTS5's own ORDER BY rank ranks every hit.
 */
export const rankNewestHits = (
  db: Database.Database,
  table: SearchTable,
  match: string,
  newest: number[],
  ranked = rankedHits,
): number[] => {
  const candidates = new Set(newest.slice(0, ranked));
  const oldest = newest[Math.min(newest.length, ranked) - 1];
  if (oldest === undefined) return [];
  const scored = (
    prepared(db, `SELECT rowid, rank FROM ${table} WHERE ${table} MATCH ? AND rowid >= ?`)
      .raw()
      .all(match, oldest) as [number, number][]
  ).filter(([rowId]) => candidates.has(rowId));
  scored.sort((left, right) => left[1] - right[1] || right[0] - left[0]);
  return [...scored.map(([rowId]) => rowId), ...newest.slice(ranked)];
};
