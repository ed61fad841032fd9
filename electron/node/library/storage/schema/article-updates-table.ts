import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import { createArticleDocument } from '../../../../../shared/collab/create-article-document';
import type { ArticleFields } from '../../../../../shared/model/article';
import type { Migration } from './migration';

const batchSize = 200;

/** The columns of a version 4 row, read here by name so later columns never change this step. */
interface VersionFourRow {
  row_id: number;
  id: string;
  headline: string;
  standfirst: string;
  slug: string;
  section: string;
  tags: string;
  bylines: string;
  dateline: string;
  language: string;
  deadline: string | null;
  embargo: string | null;
  target_length: string | null;
  editorial_note: string;
  typography: number;
  comments: string;
  body: string;
}

/** The fields of version 4, exactly: later fields stay out of the seed's hash. */
type VersionFourFields = Omit<ArticleFields, 'seoTitle' | 'socialTitle' | 'metaDescription'>;

const fieldsOf = (row: VersionFourRow): VersionFourFields => ({
  headline: row.headline,
  standfirst: row.standfirst,
  slug: row.slug,
  section: row.section,
  tags: JSON.parse(row.tags) as ArticleFields['tags'],
  bylines: JSON.parse(row.bylines) as ArticleFields['bylines'],
  dateline: JSON.parse(row.dateline) as ArticleFields['dateline'],
  language: row.language,
  deadline: row.deadline,
  embargo: row.embargo,
  targetLength:
    row.target_length === null
      ? null
      : (JSON.parse(row.target_length) as ArticleFields['targetLength']),
  editorialNote: row.editorial_note,
  typography: row.typography === 1,
  body: JSON.parse(row.body) as ArticleFields['body'],
  comments: JSON.parse(row.comments) as ArticleFields['comments'],
});

/**
 * Every existing article gets its document now, from the deterministic seed, so two desks that
 * migrate the same text hold identical items and later merge without duplicating it.
 */
const seedDocuments = (db: Database.Database): void => {
  const next = db.prepare(
    `SELECT a.row_id, a.id, a.headline, a.standfirst, a.slug, a.section, a.tags, a.bylines,
       a.dateline, a.language, a.deadline, a.embargo, a.target_length, a.editorial_note,
       a.typography, a.comments, b.body
     FROM articles a JOIN article_bodies b ON b.article_row = a.row_id
     WHERE a.row_id > ? ORDER BY a.row_id LIMIT ${batchSize}`,
  );
  const insert = db.prepare('INSERT INTO article_updates (article_row, data) VALUES (?, ?)');
  for (
    let after = 0, rows = next.all(after) as VersionFourRow[];
    rows.length > 0;
    rows = next.all(after) as VersionFourRow[]
  ) {
    for (const row of rows) {
      const doc = createArticleDocument(row.id, fieldsOf(row) as ArticleFields);
      insert.run(row.row_id, Buffer.from(Y.encodeStateAsUpdate(doc)));
      doc.destroy();
      after = row.row_id;
    }
  }
};

/**
 * Version 5: each article's Yjs document, kept as the updates that built it (appended, compacted
 * from time to time), seeded here for every existing article. The article row, body and search
 * row stay, derived from the document; `underived_articles` lists the articles whose latest
 * updates are not derived yet (with who typed them and when), so a crash before derivation is
 * repaired at the next open.
 */
export const articleUpdatesTable: Migration = {
  version: 5,
  description: 'article_updates: the Yjs updates of each article, seeded; underived_articles',
  up(db) {
    db.exec(`
      CREATE TABLE article_updates (
        id INTEGER PRIMARY KEY,
        article_row INTEGER NOT NULL REFERENCES articles (row_id) ON DELETE CASCADE,
        data BLOB NOT NULL
      );
      CREATE INDEX article_updates_by_article ON article_updates (article_row, id);
      CREATE TABLE underived_articles (
        article_row INTEGER PRIMARY KEY REFERENCES articles (row_id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
    seedDocuments(db);
  },
};
