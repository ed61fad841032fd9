import type Database from 'better-sqlite3';
import { prepared } from '../storage/prepared';
import type { SearchTable } from './search-table';

/**
 * How many of the newest hits are ranked. Ranking costs microseconds per hit: all of a common
 * word's 30,000 hits at 100,000 articles took over 100 ms, the newest 2,000 take a few.
 */
export const rankedHits = 2_000;

/** What relevance weighs: the headline most. The body is not weighed: every candidate has a hit. */
const columnWeights = [
  ['headline', 10],
  ['standfirst', 5],
  ['bylines', 3],
  ['tags', 3],
] as const;

export interface RankedSearch {
  table: SearchTable;
  match: string;
  /** One FTS5 expression per search term. */
  termMatches: string[];
}

/**
 * Each term scores the weight of every field beside the body it is found in (lower is better),
 * read from the index of those fields (schema version 15): a term's list there holds only the
 * articles that have it in a headline, standfirst, byline or tag, limited to the candidates' row
 * range. bm25 over the whole text read every candidate's document size, 14 ms for 2,000 hits.
 */
const fieldScores = (
  db: Database.Database,
  search: RankedSearch,
  oldest: number,
): Map<number, number> => {
  const scores = new Map<number, number>();
  const rows = prepared(
    db,
    'SELECT rowid FROM article_labels WHERE article_labels MATCH ? AND rowid >= ?',
  ).pluck();
  for (const term of search.termMatches) {
    for (const [column, weight] of columnWeights) {
      for (const rowId of rows.all(`${column} : ${term}`, oldest) as number[])
        scores.set(rowId, (scores.get(rowId) ?? 0) - weight);
    }
  }
  return scores;
};

/**
 * Search hits in relevance order: the newest `ranked` of them (`newest` holds row ids newest
 * first) by score, ties newest first; then the older ones, newest first. FTS5's ORDER BY rank
 * would rank every hit, whatever the row range.
 */
export const rankNewestHits = (
  db: Database.Database,
  search: RankedSearch,
  newest: number[],
  ranked = rankedHits,
): number[] => {
  const candidates = newest.slice(0, ranked);
  const oldest = candidates.at(-1);
  if (oldest === undefined) return [];
  const scores = fieldScores(db, search, oldest);
  const score = (rowId: number): number => scores.get(rowId) ?? 0;
  candidates.sort((left, right) => score(left) - score(right) || right - left);
  return [...candidates, ...newest.slice(ranked)];
};
