import { describe, expect, it } from 'vitest';
import { openTestLibraryWithConnection, paragraphs, reporter } from '../testing/open-test-library';
import { useLargeLibraryStatistics } from '../testing/large-library-statistics';
import { underivedQuery } from './underived-articles';

describe('the underived articles, read before every library call', () => {
  it('are read from their own short list, never by walking every article', () => {
    const { library, db } = openTestLibraryWithConnection();
    library.create({ headline: 'Crue du Niger', body: paragraphs('Niamey.') }, reporter);
    useLargeLibraryStatistics(db);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${underivedQuery}`).all() as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toMatch(/^SCAN u\nSEARCH a USING INTEGER PRIMARY KEY/);
  });
});
