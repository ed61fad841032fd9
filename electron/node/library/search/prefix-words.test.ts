import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestLibraryWithConnection, paragraphs, reporter } from '../testing/open-test-library';
import { expandedTermMatch } from './prefix-words';
import { parseSearchTerms } from './search-terms';
import { termMatch } from './term-match';

const openWith = (bodies: string[]): Database.Database => {
  const { library, db } = openTestLibraryWithConnection();
  for (const body of bodies)
    library.create({ headline: 'Dépêche', body: paragraphs(body) }, reporter);
  return db;
};

const hits = (db: Database.Database, match: string): number[] =>
  db
    .prepare('SELECT rowid FROM article_words WHERE article_words MATCH ? ORDER BY rowid')
    .pluck()
    .all(match) as number[];

const bodies = [
  'Les élections législatives.',
  "L'ÉLECTION présidentielle.",
  'Le corps électoral.',
  "L'électricité manque.",
  'Une sélection de textes.',
  'Électrique et électrifié.',
  'Œuvre électorale.',
];

describe('a typed prefix spelled out as the words it starts', () => {
  it('finds exactly what the prefix finds, whatever the accents and case typed', () => {
    const db = openWith(bodies);
    for (const typed of ['élect', 'ELECT', 'electi', 'électo', 'Électri', 'sélec', 'elections']) {
      const [term] = parseSearchTerms(typed);
      const expanded = expandedTermMatch(db, term!);
      expect(expanded, typed).toMatch(/^\(".+"( OR ".+")*\)$/);
      expect(hits(db, expanded), typed).toEqual(hits(db, termMatch(term!)));
      expect(hits(db, expanded).length, typed).toBeGreaterThan(0);
    }
  });

  it('keeps the prefix query for short prefixes, phrases, other scripts and words nobody wrote', () => {
    const db = openWith(bodies);
    for (const typed of [
      'éle',
      '"élection présidentielle"',
      'œuvr',
      'Ελλάδα',
      'zanzibar',
      "l'élect",
    ]) {
      const [term] = parseSearchTerms(typed);
      expect(expandedTermMatch(db, term!), typed).toBe(termMatch(term!));
    }
  });

  it('keeps the prefix query when it starts more than 32 words', () => {
    const words = Array.from({ length: 40 }, (_, index) => `marché${index.toString(36)}x`);
    const db = openWith([words.join(' ')]);
    const [term] = parseSearchTerms('marc');
    expect(expandedTermMatch(db, term!)).toBe(termMatch(term!));
  });
});
