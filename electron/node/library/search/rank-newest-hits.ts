import type Database from 'better-sqlite3';
import { prepared } from '../storage/prepared';
import type { SearchTable } from './search-table';

/**
 * How many of the newest hits are ranked. Ranking costs microseconds per hit: all of a common
 * word's 30,000 hits at 100,000 articles took over 100 ms, the newest 2,000 take a few.
 */
export const rankedHits = 2_000;

/** What the words index weighs, as bm25 does in the phrase index: the headline most. */
const columnWeights = [
  ['headline', 10],
  ['standfirst', 5],
  ['bylines', 3],
  ['tags', 3],
] as const;

export interface RankedSearch {
  table: SearchTable;
  match: string;
  /** One FTS5 expression per search term (words only: the words index). */
  termMatches: string[];
}

type Scores = Map<number, number>;

/**
 * The column-level index keeps no word counts, so bm25 cannot weigh it: each term scores the
 * weight of every column it is found in besides the body (one small query per column, limited
 * to the candidates' row range).
 */
const columnScores = (db: Database.Database, search: RankedSearch, oldest: number): Scores => {
  const scores: Scores = new Map();
  const rows = prepared(
    db,
    'SELECT rowid FROM article_words WHERE article_words MATCH ? AND rowid >= ?',
  ).pluck();
  for (const term of search.termMatches) {
    for (const [column, weight] of columnWeights) {
      for (const rowId of rows.all(`${column} : ${term}`, oldest) as number[])
        scores.set(rowId, (scores.get(rowId) ?? 0) - weight);
    }
  }
  return scores;
};

/** bm25 from the phrase index (the rank set by schema version 3), for a row range. */
const bm25Scores = (db: Database.Database, search: RankedSearch, oldest: number): Scores =>
  new Map(
    prepared(
      db,
      'SELECT rowid, rank FROM article_search WHERE article_search MATCH ? AND rowid >= ?',
    )
      .raw()
      .all(search.match, oldest) as [number, number][],
  );

/**
 * Search hits in relevance order: the newest `ranked` of them (`newest` holds row ids newest
 * first) by score, ties newest first; then the older ones, newest first. Scores are bm25 in the
 * phrase index and column weights in the words index (lower is better). FTS5's ORDER BY rank
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
  const scores =
    search.table === 'article_words'
      ? columnScores(db, search, oldest)
      : bm25Scores(db, search, oldest);
  const score = (rowId: number): number => scores.get(rowId) ?? 0;
  candidates.sort((left, right) => score(left) - score(right) || right - left);
  return [...candidates, ...newest.slice(ranked)];
};
