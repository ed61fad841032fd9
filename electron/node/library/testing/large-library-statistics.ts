import type Database from 'better-sqlite3';

/** The figures PRAGMA optimize left for the articles' indexes in a library of 100,000 articles. */
const articleIndexFigures = [
  ['articles_by_status', '100000 2001 2001 1'],
  ['articles_by_section', '100000 2001 2001'],
  ['articles_by_language', '100000 2001 2001'],
  ['articles_by_updated', '100000 2001 1'],
  ['articles_by_created', '100000 2001 1'],
  ['articles_by_deadline', '100000 2001 2001 2001'],
  ['articles_by_headline', '100000 2001 1 1'],
  ['sqlite_autoindex_articles_1', '100000 1'],
  ['sqlite_autoindex_articles_2', '100000 1'],
] as const;

/**
 * Gives a small test library the statistics of a large one, where SQLite's plans change: a
 * plan test on three articles otherwise shows the plan for three articles.
 * @internal
 */
export const useLargeLibraryStatistics = (db: Database.Database): void => {
  db.exec('ANALYZE');
  const stat = db.prepare("UPDATE sqlite_stat1 SET stat = ? WHERE tbl = 'articles' AND idx = ?");
  for (const [index, figures] of articleIndexFigures) stat.run(figures, index);
  db.exec('ANALYZE sqlite_schema');
};
