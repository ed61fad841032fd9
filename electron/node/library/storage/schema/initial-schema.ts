import type { Migration } from './migration';

const statusCheck = `IN ('draft', 'submitted', 'changes_requested', 'approved', 'published', 'spiked')`;

/** Version 1: articles (body apart, so lists never read it), search index, revisions, status log. */
export const initialSchema: Migration = {
  version: 1,
  description: 'articles, bodies, search index, revisions, status changes',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        row_id INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        headline TEXT NOT NULL,
        headline_key TEXT NOT NULL,
        standfirst TEXT NOT NULL,
        slug TEXT NOT NULL UNIQUE,
        slug_manual INTEGER NOT NULL DEFAULT 0 CHECK (slug_manual IN (0, 1)),
        section TEXT NOT NULL,
        tags TEXT NOT NULL CHECK (json_valid(tags)),
        bylines TEXT NOT NULL CHECK (json_valid(bylines)),
        dateline TEXT NOT NULL CHECK (json_valid(dateline)),
        language TEXT NOT NULL,
        deadline TEXT,
        embargo TEXT,
        target_length TEXT CHECK (target_length IS NULL OR json_valid(target_length)),
        status TEXT NOT NULL CHECK (status ${statusCheck}),
        editorial_note TEXT NOT NULL,
        words INTEGER NOT NULL,
        signes INTEGER NOT NULL,
        signes_without_spaces INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision > 0),
        trashed_at TEXT
      );
      CREATE INDEX articles_by_updated ON articles (updated_at);
      CREATE INDEX articles_by_created ON articles (created_at);
      CREATE INDEX articles_by_deadline ON articles (deadline);
      CREATE INDEX articles_by_headline ON articles (headline_key);
      CREATE INDEX articles_by_status ON articles (status, updated_at);
      CREATE INDEX articles_by_section ON articles (section);
      CREATE INDEX articles_by_language ON articles (language);
      CREATE INDEX articles_by_trashed ON articles (trashed_at);

      CREATE TABLE article_bodies (
        article_row INTEGER PRIMARY KEY REFERENCES articles (row_id) ON DELETE CASCADE,
        body TEXT NOT NULL
      );

      CREATE VIRTUAL TABLE article_search USING fts5 (
        headline, standfirst, body, bylines, tags,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        reason TEXT NOT NULL
          CHECK (reason IN ('auto', 'named', 'status', 'import', 'restore', 'create')),
        name TEXT,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status ${statusCheck}),
        fields TEXT NOT NULL,
        words INTEGER NOT NULL
      );
      CREATE INDEX revisions_by_article ON revisions (article_id, id);

      CREATE TABLE status_changes (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        from_status TEXT CHECK (from_status IS NULL OR from_status ${statusCheck}),
        to_status TEXT NOT NULL CHECK (to_status ${statusCheck}),
        by_name TEXT NOT NULL,
        role TEXT,
        note TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX status_changes_by_article ON status_changes (article_id, id);
    `);
  },
};
