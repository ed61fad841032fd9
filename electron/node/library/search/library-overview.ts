import type Database from 'better-sqlite3';
import type { LibraryStats } from '../../../../shared/model/library';
import type { Facets } from '../../../../shared/model/list-query';
import { statuses } from '../../../../shared/model/status';
import { prepared } from '../storage/prepared';

const distinct = (db: Database.Database, sql: string): string[] =>
  prepared(db, sql).pluck().all() as string[];

/** The values the list filters offer, from articles outside the trash. */
export const readFacets = (db: Database.Database): Facets => ({
  sections: distinct(
    db,
    "SELECT DISTINCT section FROM articles WHERE trashed_at IS NULL AND section != '' ORDER BY section COLLATE NOCASE",
  ),
  tags: distinct(
    db,
    'SELECT DISTINCT t.value FROM articles a, json_each(a.tags) t WHERE a.trashed_at IS NULL ORDER BY 1 COLLATE NOCASE',
  ),
  bylines: distinct(
    db,
    "SELECT DISTINCT b.value ->> '$.name' FROM articles a, json_each(a.bylines) b WHERE a.trashed_at IS NULL ORDER BY 1 COLLATE NOCASE",
  ),
  languages: distinct(
    db,
    'SELECT DISTINCT language FROM articles WHERE trashed_at IS NULL ORDER BY language COLLATE NOCASE',
  ),
});

export const readStats = (db: Database.Database): LibraryStats => {
  const byStatus = Object.fromEntries(
    statuses.map((status) => [status, 0]),
  ) as LibraryStats['byStatus'];
  let articles = 0;
  let totalWords = 0;
  const rows = prepared(
    db,
    'SELECT status, count(*) AS articles, total(words) AS words FROM articles WHERE trashed_at IS NULL GROUP BY status',
  ).all() as { status: keyof LibraryStats['byStatus']; articles: number; words: number }[];
  for (const row of rows) {
    byStatus[row.status] = row.articles;
    articles += row.articles;
    totalWords += row.words;
  }
  const trashed = prepared(db, 'SELECT count(*) FROM articles WHERE trashed_at IS NOT NULL')
    .pluck()
    .get() as number;
  return { byStatus, totalWords, articles, trashed };
};
