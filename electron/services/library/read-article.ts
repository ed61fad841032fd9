import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/error-code';
import type { ArticleRow, StoredArticle } from './article-row';
import { rowToStoredArticle } from './article-row';
import { prepared } from './prepared';

const selectArticle = `
  SELECT a.*, b.body AS body
  FROM articles a JOIN article_bodies b ON b.article_row = a.row_id
  WHERE a.id = ?`;

export const findArticle = (db: Database.Database, id: string): StoredArticle | undefined => {
  const row = prepared(db, selectArticle).get(id) as ArticleRow | undefined;
  return row === undefined ? undefined : rowToStoredArticle(row);
};

export const requireArticle = (db: Database.Database, id: string): StoredArticle => {
  const stored = findArticle(db, id);
  if (stored === undefined) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  return stored;
};

export const assertArticleExists = (db: Database.Database, id: string): void => {
  if (prepared(db, 'SELECT 1 FROM articles WHERE id = ?').get(id) === undefined) {
    throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  }
};
