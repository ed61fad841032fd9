import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestLibrary, paragraphs, reporter } from '../testing/open-test-library';
import { rankNewestHits } from './rank-newest-hits';

const rowIds = (db: Database.Database, match: string): number[] =>
  db
    .prepare('SELECT rowid FROM article_words WHERE article_words MATCH ? ORDER BY rowid DESC')
    .pluck()
    .all(match) as number[];

const dakar = { table: 'article_words' as const, match: '"dakar"*', termMatches: ['"dakar"*'] };

describe('rankNewestHits', () => {
  it('ranks the newest hits, headline matches first, and lists older ones newest first', () => {
    let db: Database.Database | undefined;
    const library = openTestLibrary({
      configureDatabase: (connection) => {
        db = connection;
      },
    });
    const create = (headline: string, body: string): void => {
      library.create({ headline, body: paragraphs(body) }, reporter);
    };
    // Articles without the word: bm25 weighs a word found everywhere at (almost) nothing.
    for (const town of ['Bamako', 'Niamey', 'Abidjan', 'Lomé', 'Cotonou', 'Conakry'])
      create(town, `Il fait beau à ${town}.`);
    create('Dakar vote', 'Le scrutin.');
    create('Le port', 'Le port de Dakar.');
    create('Dakar en fête', 'La fête à Dakar.');
    create('La pluie', 'Il pleut à Dakar.');
    if (db === undefined) throw new Error('The library gave no connection.');
    const newest = rowIds(db, '"dakar"');
    expect(newest).toEqual([10, 9, 8, 7]);
    expect(rankNewestHits(db, dakar, [...newest])).toEqual([9, 7, 10, 8]);
    expect(rankNewestHits(db, dakar, [...newest], 2)).toEqual([9, 10, 8, 7]);
    expect(rankNewestHits(db, dakar, [])).toEqual([]);
  });
});
