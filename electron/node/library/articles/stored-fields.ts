import type Database from 'better-sqlite3';
import type { ArticleFields } from '../../../../shared/model/article';
import { pickArticleFields } from '../../../../shared/model/article-fields';
import type { StoredHead } from './article-row';
import { readBody } from './read-article';

/** The fields the library last stored for an article, body included. */
export const storedFields = (db: Database.Database, head: StoredHead): ArticleFields =>
  pickArticleFields({ ...head.article, body: readBody(db, head.rowId) });
