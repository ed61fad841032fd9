import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ListQueryInput } from '../../../../shared/model/list-query';
import { ListQuery } from '../../../../shared/model/list-query';
import { openTestLibraryWithConnection, paragraphs, reporter } from '../testing/open-test-library';
import { listFilter } from './list-filter';
import { listOrder } from './list-order';
import { filteredHitsQuery } from './search-hits';
import { useLargeLibraryStatistics } from '../testing/large-library-statistics';

const openWithConnection = (): Database.Database => {
  const { library, db } = openTestLibraryWithConnection();
  for (const headline of ['Élection à Dakar', 'Budget voté', 'Sécheresse au Sahel']) {
    library.create(
      {
        headline,
        section: 'Afrique',
        tags: ['Sénégal'],
        bylines: [{ name: 'Awa Diop', role: 'author' }],
        language: 'fr',
        body: paragraphs(headline),
      },
      reporter,
    );
  }
  return db;
};

const plan = (db: Database.Database, sql: string, parameters: unknown[]): string =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[])
    .map((row) => row.detail)
    .join('\n');

const plans = (db: Database.Database, input: ListQueryInput): { page: string; total: string } => {
  const query = ListQuery.parse(input);
  const filter = listFilter(query);
  return {
    page: plan(
      db,
      `SELECT a.row_id FROM articles a WHERE ${filter.where} ORDER BY ${listOrder(query, null)} LIMIT 50 OFFSET 90000`,
      filter.parameters,
    ),
    total: plan(db, `SELECT count(*) FROM articles a WHERE ${filter.where}`, filter.parameters),
  };
};

/** Reading every article (or every listed one) shows as a scan or as a lookup on the trash alone. */
const readsEveryArticle = /SCAN a\b|\(trashed_at=\?\)$/m;
/** A page may walk a sort's index and stop after it (LIMIT), but never read and sort them all. */
const sortsEveryArticle = /SCAN a\b|\(trashed_at=\?\)\nUSE TEMP B-TREE FOR ORDER BY/;

describe('list query plans (EXPLAIN QUERY PLAN)', () => {
  it('reads each sort straight from an index, never sorting the whole list', () => {
    const db = openWithConnection();
    for (const sort of ['updated', 'created', 'deadline', 'headline'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const { page } = plans(db, { sort, direction });
        expect(page, `${sort} ${direction}`).toMatch(/^SEARCH a USING (COVERING )?INDEX/);
        expect(page, `${sort} ${direction}`).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      }
    }
  });

  it('narrows each filter through an index, for the page and for the total', () => {
    const db = openWithConnection();
    const filters: ListQueryInput[] = [
      { statuses: ['published'] },
      { statuses: ['draft', 'submitted'] },
      { section: 'afrique' },
      { language: 'FR' },
      { byline: 'Awa Diop' },
      { tag: 'Sénégal' },
      { updatedFrom: '2025-01-01T00:00:00.000Z' },
    ];
    for (const filter of filters) {
      for (const sort of ['updated', 'created', 'deadline', 'headline'] as const) {
        const { page, total } = plans(db, { ...filter, sort });
        const label = `${JSON.stringify(filter)} by ${sort}`;
        expect(page, label).not.toMatch(sortsEveryArticle);
        expect(total, label).not.toMatch(readsEveryArticle);
      }
    }
  });

  it('finds bylines and tags through the index of those fields before reading any JSON', () => {
    const db = openWithConnection();
    expect(plans(db, { byline: 'Awa Diop' }).total).toMatch(/SCAN article_labels VIRTUAL TABLE/);
    expect(plans(db, { tag: 'Sénégal' }).total).toMatch(/SCAN article_labels VIRTUAL TABLE/);
  });

  it('filters a search through the index of its filter, testing each listed article against the hits', () => {
    const db = openWithConnection();
    useLargeLibraryStatistics(db);
    const filters: ListQueryInput[] = [
      { statuses: ['published'] },
      { statuses: ['draft', 'submitted'] },
      { section: 'afrique' },
      { language: 'FR' },
      { byline: 'Awa Diop' },
    ];
    for (const input of filters) {
      const filter = listFilter(ListQuery.parse(input));
      for (const table of ['article_words', 'article_search'] as const) {
        const searched = plan(db, filteredHitsQuery(table, filter), [...filter.parameters, 'x']);
        const label = `${JSON.stringify(input)} in ${table}`;
        expect(searched, label).toMatch(/^SEARCH a USING/);
        expect(searched, label).not.toMatch(readsEveryArticle);
        // Driven by the hits, SQLite would read an article per hit: 32,000 for « élection ».
        expect(searched, label).not.toMatch(
          new RegExp(`^SEARCH a USING INTEGER PRIMARY KEY.*\\nLIST SUBQUERY \\d+\\nSCAN ${table}`),
        );
      }
    }
  });
});
