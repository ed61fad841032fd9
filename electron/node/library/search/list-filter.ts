import type { ListQuery } from '../../../../shared/model/list-query';
import { columnWords } from './column-words';

export interface SqlCondition {
  where: string;
  parameters: unknown[];
}

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/**
 * The WHERE clause for a list query's filters (search text apart), on `articles a`. A byline or
 * tag is first looked up in the index of those fields, and the articles it finds are read by row id: the
 * trash test is then kept off the indexes (unary +), or SQLite would walk every listed article.
 */
export const listFilter = (query: ListQuery): SqlCondition => {
  const indexed = [
    query.byline === undefined ? null : columnWords('bylines', query.byline),
    query.tag === undefined ? null : columnWords('tags', query.tag),
  ].filter((match) => match !== null);
  const trash = indexed.length > 0 ? '+a.trashed_at' : 'a.trashed_at';
  const clauses = [query.trash ? `${trash} IS NOT NULL` : `${trash} IS NULL`];
  const parameters: unknown[] = [];
  const add = (clause: string, ...values: unknown[]): void => {
    clauses.push(clause);
    parameters.push(...values);
  };
  for (const match of indexed)
    add('a.row_id IN (SELECT rowid FROM article_labels WHERE article_labels MATCH ?)', match);
  if (query.statuses.length > 0)
    add(`a.status IN (${placeholders(query.statuses.length)})`, ...query.statuses);
  if (query.section !== undefined) add('a.section = ? COLLATE NOCASE', query.section);
  if (query.byline !== undefined) {
    add(
      "EXISTS (SELECT 1 FROM json_each(a.bylines) b WHERE b.value ->> '$.name' = ? COLLATE NOCASE)",
      query.byline,
    );
  }
  if (query.tag !== undefined) {
    add('EXISTS (SELECT 1 FROM json_each(a.tags) t WHERE t.value = ? COLLATE NOCASE)', query.tag);
  }
  if (query.language !== undefined) add('a.language = ? COLLATE NOCASE', query.language);
  if (query.updatedFrom !== undefined)
    add('a.updated_at >= ?', new Date(query.updatedFrom).toISOString());
  if (query.updatedTo !== undefined)
    add('a.updated_at <= ?', new Date(query.updatedTo).toISOString());
  return { where: clauses.join(' AND '), parameters };
};
