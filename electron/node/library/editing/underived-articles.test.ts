import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestLibrary, paragraphs, reporter } from '../testing/open-test-library';
import { useLargeLibraryStatistics } from '../testing/large-library-statistics';
import { underivedQuery } from './underived-articles';

describe('the underived articles, read before every library call', () => {
  it('are read from their own short list, never by walking every article', () => {
    let db: Database.Database | undefined;
    const library = openTestLibrary({
      configureDatabase: (connection) => {
        db = connection;
      },
    });
    library.create({ headline: 'Crue du Niger', body: paragraphs('Niamey.') }, reporter);
    if (db === undefined) throw new Error('The library gave no connection.');
    useLargeLibraryStatistics(db);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${underivedQuery}`).all() as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toMatch(/^SCAN u\nSEARCH a USING INTEGER PRIMARY KEY/);
  });
});
