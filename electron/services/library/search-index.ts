import type Database from 'better-sqlite3';
import type { ArticleFields } from '../../../shared/model/article';
import { documentText } from '../../../shared/text/document-text';
import { prepared } from './prepared';

const searchedFields = (fields: ArticleFields) => ({
  headline: fields.headline,
  standfirst: fields.standfirst,
  bylines: fields.bylines.map((byline) => byline.name).join('\n'),
  tags: fields.tags.join('\n'),
});

export const insertSearchRow = (db: Database.Database, rowId: number, fields: ArticleFields): void => {
  prepared(
    db,
    `INSERT INTO article_search (rowid, headline, standfirst, body, bylines, tags)
     VALUES (@rowId, @headline, @standfirst, @body, @bylines, @tags)`,
  ).run({ rowId, ...searchedFields(fields), body: documentText(fields.body) });
};

/** Re-indexes an article; the body text is extracted again only when the body changed. */
export const updateSearchRow = (
  db: Database.Database,
  rowId: number,
  fields: ArticleFields,
  bodyChanged: boolean,
): void => {
  if (bodyChanged) {
    prepared(
      db,
      `UPDATE article_search SET headline = @headline, standfirst = @standfirst, body = @body,
       bylines = @bylines, tags = @tags WHERE rowid = @rowId`,
    ).run({ rowId, ...searchedFields(fields), body: documentText(fields.body) });
    return;
  }
  prepared(
    db,
    `UPDATE article_search SET headline = @headline, standfirst = @standfirst,
     bylines = @bylines, tags = @tags WHERE rowid = @rowId`,
  ).run({ rowId, ...searchedFields(fields) });
};

export const deleteTrashedSearchRows = (db: Database.Database): void => {
  prepared(
    db,
    'DELETE FROM article_search WHERE rowid IN (SELECT row_id FROM articles WHERE trashed_at IS NOT NULL)',
  ).run();
};
