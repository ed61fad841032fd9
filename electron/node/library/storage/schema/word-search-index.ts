import type Database from 'better-sqlite3';
import type { Byline } from '../../../../../shared/model/byline';
import { documentText } from '../../../../../shared/text/document-text';
import type { Migration } from './migration';
import { decodeStoredBody } from '../../stored-forms/stored-body';

const batchSize = 500;

interface IndexedRow {
  row_id: number;
  headline: string;
  standfirst: string;
  bylines: string;
  tags: string;
  body: string | Buffer;
}

const fillWordIndex = (db: Database.Database): void => {
  const next = db.prepare(
    `SELECT a.row_id, a.headline, a.standfirst, a.bylines, a.tags, b.body
     FROM articles a JOIN article_bodies b ON b.article_row = a.row_id
     WHERE a.row_id > ? ORDER BY a.row_id LIMIT ${batchSize}`,
  );
  const insert = db.prepare(
    'INSERT INTO article_words (rowid, headline, standfirst, body, bylines, tags) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (
    let after = 0, rows = next.all(after) as IndexedRow[];
    rows.length > 0;
    rows = next.all(after) as IndexedRow[]
  ) {
    for (const row of rows) {
      after = row.row_id;
      insert.run(
        row.row_id,
        row.headline,
        row.standfirst,
        documentText(decodeStoredBody(row.body)),
        (JSON.parse(row.bylines) as Byline[]).map((byline) => byline.name).join('\n'),
        (JSON.parse(row.tags) as string[]).join('\n'),
      );
    }
  }
  db.exec("INSERT INTO article_words (article_words) VALUES ('optimize')");
};

/**
 * Version 13: a second, column-level search index for words. Searching a word that starts 50,000
 * articles' words (every word is a prefix: "election" is also "elections") merged their position
 * lists, 100 to 200 ms at 100,000 articles; this index keeps only which columns hold a word, a
 * tenth of the size, and merges in a few ms. Phrases still need positions: `article_search`
 * stays for them. Filled from the bodies, as version 3 filled `article_search` (every article:
 * emptying the trash deletes the search rows with the articles).
 * The filter indexes lead with `trashed_at` like the list's (version 3) and compare sections and
 * languages as the filters do (NOCASE), so no filter or sort reads every article.
 */
export const wordSearchIndex: Migration = {
  version: 14,
  description: 'a column-level search index for words and prefixes; filter indexes',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE article_words USING fts5 (
        headline, standfirst, body, bylines, tags,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3',
        detail = column
      );
      INSERT INTO article_words (article_words, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0, 3.0, 3.0)');
    `);
    fillWordIndex(db);
    db.exec(`
      DROP INDEX articles_by_deadline;
      DROP INDEX articles_by_status;
      DROP INDEX articles_by_section;
      DROP INDEX articles_by_language;
      DROP INDEX articles_by_headline;
      CREATE INDEX articles_by_deadline ON articles (trashed_at, deadline IS NULL, deadline);
      CREATE INDEX articles_by_status ON articles (trashed_at, status, updated_at);
      CREATE INDEX articles_by_section ON articles (trashed_at, section COLLATE NOCASE);
      CREATE INDEX articles_by_language ON articles (trashed_at, language COLLATE NOCASE);
      CREATE INDEX articles_by_headline ON articles (trashed_at, headline_key, headline COLLATE NOCASE);
    `);
  },
};
