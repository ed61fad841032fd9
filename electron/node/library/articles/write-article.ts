import type Database from 'better-sqlite3';
import { encodeStoredBody } from '../stored-forms/stored-body';
import type { StoredArticle } from './article-row';
import { articleRowParameters } from './article-row';
import { pickArticleFields } from '../../../../shared/model/article-fields';
import { recordFieldsInDocument } from '../documents/record-fields-in-document';
import { prepared } from '../storage/prepared';
import { insertSearchRow, replaceSearchRow } from '../search/search-index';

const columns = [
  'id',
  'headline',
  'headline_key',
  'seo_title',
  'social_title',
  'meta_description',
  'standfirst',
  'slug',
  'slug_manual',
  'section',
  'tags',
  'bylines',
  'dateline',
  'language',
  'deadline',
  'embargo',
  'target_length',
  'status',
  'editorial_note',
  'typography',
  'words',
  'signes',
  'signes_without_spaces',
  'created_at',
  'updated_at',
  'revision',
  'trashed_at',
  'comments',
  'handoffs',
  'conflict',
];

const insertSql = `INSERT INTO articles (${columns.join(', ')})
  VALUES (${columns.map((column) => `@${column}`).join(', ')})`;

const updateSql = `UPDATE articles SET ${columns
  .filter((column) => column !== 'id')
  .map((column) => `${column} = @${column}`)
  .join(', ')} WHERE row_id = @row_id`;

/** Inserts the article, its body and its search row; returns its row id. */
export const insertArticle = (
  db: Database.Database,
  stored: Omit<StoredArticle, 'rowId'>,
): number => {
  const rowId = Number(prepared(db, insertSql).run(articleRowParameters(stored)).lastInsertRowid);
  prepared(db, 'INSERT INTO article_bodies (article_row, body) VALUES (?, ?)').run(
    rowId,
    encodeStoredBody(stored.article.body),
  );
  insertSearchRow(db, rowId, stored.article);
  return rowId;
};

/** Writes every column; the body only when it changed, the search row only when what it reads changed. */
export const writeArticleRow = (
  db: Database.Database,
  stored: StoredArticle,
  changed: { body: boolean; searchable: boolean },
): void => {
  prepared(db, updateSql).run({ ...articleRowParameters(stored), row_id: stored.rowId });
  if (changed.body) {
    prepared(db, 'UPDATE article_bodies SET body = ? WHERE article_row = ?').run(
      encodeStoredBody(stored.article.body),
      stored.rowId,
    );
  }
  if (changed.searchable || changed.body) replaceSearchRow(db, stored.rowId, stored.article);
};

/**
 * `writeArticleRow` for a write that arrives as fields: when the fields changed, the article's
 * document receives the same change, so it stays the one source every window merges from.
 */
export const updateArticle = (
  db: Database.Database,
  stored: StoredArticle,
  changed: { body: boolean; searchable: boolean; fields?: boolean },
): void => {
  writeArticleRow(db, stored, changed);
  if (!changed.body && !changed.searchable && changed.fields !== true) return;
  const fields = pickArticleFields(stored.article);
  const { body, ...metadata } = fields;
  recordFieldsInDocument(
    db,
    { rowId: stored.rowId, id: stored.article.id },
    fields,
    changed.body ? { ...metadata, body } : metadata,
  );
};
