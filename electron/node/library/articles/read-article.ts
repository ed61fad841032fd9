import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors/error-code';
import type { TiptapDocument } from '../../../../shared/model/tiptap-document';
import type { ArticleRow, StoredArticle, StoredHead } from './article-row';
import { rowToStoredHead } from './article-row';
import { prepared } from '../storage/prepared';
import { decodeStoredBody } from '../stored-forms/stored-body';

const missingArticle = (): AppError =>
  new AppError('not_found', 'This article does not exist (it may have been deleted).');

/** The article without its body: a save that brings a new body never parses the old one. */
export const requireArticleHead = (db: Database.Database, id: string): StoredHead => {
  const row = prepared(db, 'SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  if (row === undefined) throw missingArticle();
  return rowToStoredHead(row);
};

export const readBody = (db: Database.Database, rowId: number): TiptapDocument =>
  decodeStoredBody(
    prepared(db, 'SELECT body FROM article_bodies WHERE article_row = ?').pluck().get(rowId) as
      string | Buffer,
  );

export const requireArticle = (db: Database.Database, id: string): StoredArticle => {
  const head = requireArticleHead(db, id);
  return { ...head, article: { ...head.article, body: readBody(db, head.rowId) } };
};

export const assertArticleExists = (db: Database.Database, id: string): void => {
  if (prepared(db, 'SELECT 1 FROM articles WHERE id = ?').get(id) === undefined)
    throw missingArticle();
};
