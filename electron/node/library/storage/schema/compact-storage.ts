import type Database from 'better-sqlite3';
import type { Migration } from './migration';
import { deflateRawSync } from 'node:zlib';
import type { Byline } from '../../../../../shared/model/byline';
import type { TiptapDocument } from '../../../../../shared/model/tiptap-document';
import { documentText } from '../../../../../shared/text/document-text';

const batchSize = 200;

const compressRevisions = (db: Database.Database): void => {
  db.function('copydesk_deflate', { deterministic: true }, (text: unknown) =>
    deflateRawSync(String(text)),
  );
  db.exec(`
    CREATE TABLE revisions_compressed (
      id INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      reason TEXT NOT NULL
        CHECK (reason IN ('auto', 'named', 'status', 'import', 'restore', 'create')),
      name TEXT,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      status TEXT NOT NULL
        CHECK (status IN ('draft', 'submitted', 'changes_requested', 'approved', 'published', 'spiked')),
      fields BLOB NOT NULL,
      words INTEGER NOT NULL
    );
    INSERT INTO revisions_compressed
      SELECT id, article_id, revision, reason, name, author, created_at, status, copydesk_deflate(fields), words
      FROM revisions ORDER BY id;
    DROP TABLE revisions;
    ALTER TABLE revisions_compressed RENAME TO revisions;
    CREATE INDEX revisions_by_article ON revisions (article_id, id);
  `);
};

interface IndexedRow {
  row_id: number;
  headline: string;
  standfirst: string;
  bylines: string;
  tags: string;
  body: string;
}

const rebuildSearchIndex = (db: Database.Database): void => {
  db.exec(`
    DROP TABLE article_search;
    CREATE VIRTUAL TABLE article_search USING fts5 (
      headline, standfirst, body, bylines, tags,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
    INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0, 3.0, 3.0)');
  `);
  const next = db.prepare(
    `SELECT a.row_id, a.headline, a.standfirst, a.bylines, a.tags, b.body
     FROM articles a JOIN article_bodies b ON b.article_row = a.row_id
     WHERE a.row_id > ? ORDER BY a.row_id LIMIT ${batchSize}`,
  );
  const insert = db.prepare(
    'INSERT INTO article_search (rowid, headline, standfirst, body, bylines, tags) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (
    let after = 0, rows = next.all(after) as IndexedRow[];
    rows.length > 0;
    rows = next.all(after) as IndexedRow[]
  ) {
    for (const row of rows) {
      insert.run(
        row.row_id,
        row.headline,
        row.standfirst,
        documentText(JSON.parse(row.body) as TiptapDocument),
        (JSON.parse(row.bylines) as Byline[]).map((byline) => byline.name).join('\n'),
        (JSON.parse(row.tags) as string[]).join('\n'),
      );
      after = row.row_id;
    }
  }
};

/** Lists read the newest articles outside the trash straight from an index, never sorting them all. */
const listIndexes = (db: Database.Database): void => {
  db.exec(`
    DROP INDEX articles_by_trashed;
    DROP INDEX articles_by_updated;
    DROP INDEX articles_by_created;
    DROP INDEX articles_by_headline;
    CREATE INDEX articles_by_updated ON articles (trashed_at, updated_at);
    CREATE INDEX articles_by_created ON articles (trashed_at, created_at);
    CREATE INDEX articles_by_headline ON articles (trashed_at, headline_key);
  `);
};

/**
 * Version 3: the article text is kept once. Snapshots are deflated (`revisions.fields` becomes a
 * BLOB) and the search index no longer holds its own copy of the text (a contentless FTS5 table,
 * rebuilt from the bodies; bm25 weights kept as its default rank). Old rows are converted here.
 * The list indexes lead with `trashed_at`, so the first page is read in index order.
 */
export const compactStorage: Migration = {
  version: 3,
  description: 'deflated revision snapshots; contentless search index; list indexes',
  up(db) {
    compressRevisions(db);
    rebuildSearchIndex(db);
    listIndexes(db);
  },
};
