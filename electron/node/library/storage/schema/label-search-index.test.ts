import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  openTestLibraryWithConnection,
  paragraphs,
  reporter,
} from '../../testing/open-test-library';
import { labelSearchIndex } from './label-search-index';

const labelHits = (db: Database.Database, match: string): number[] =>
  db
    .prepare('SELECT rowid FROM article_labels WHERE article_labels MATCH ? ORDER BY rowid')
    .pluck()
    .all(match) as number[];

describe('schema version 15: the index of headlines, standfirsts, bylines and tags', () => {
  it('indexes the fields beside the body of every article a version 14 library holds', () => {
    const { library, db } = openTestLibraryWithConnection();
    library.create(
      {
        headline: 'Élection à Kayes',
        standfirst: 'Le scrutin est reporté.',
        bylines: [{ name: 'Moussa Traoré', role: 'author' }],
        tags: ['Mali', 'Sahel'],
        body: paragraphs('Un mot du corps : harmattan.'),
      },
      reporter,
    );
    library.create({ headline: 'Budget voté', body: paragraphs('Kayes est citée ici.') }, reporter);
    db.exec('DROP TABLE article_labels');

    labelSearchIndex.up(db);

    expect(labelHits(db, 'headline : "election"')).toEqual([1]);
    expect(labelHits(db, 'standfirst : "scrutin"')).toEqual([1]);
    expect(labelHits(db, 'bylines : ("moussa" AND "traore")')).toEqual([1]);
    expect(labelHits(db, 'tags : "sahel"')).toEqual([1]);
    expect(labelHits(db, 'headline : "budget"')).toEqual([2]);
    expect(labelHits(db, '"kayes"'), 'bodies stay out of it').toEqual([1]);
    expect(labelHits(db, '"harmattan"')).toEqual([]);
  });
});
