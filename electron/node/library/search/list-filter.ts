import type { ListQuery } from '../../../../shared/model/list-query';

export interface SqlCondition {
  where: string;
  parameters: unknown[];
}

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/** The WHERE clause for a list query's filters (search text apart), on `articles a`. */
export const listFilter = (query: ListQuery): SqlCondition => {
  const clauses = [query.trash ? 'a.trashed_at IS NOT NULL' : 'a.trashed_at IS NULL'];
  const parameters: unknown[] = [];
  const add = (clause: string, ...values: unknown[]): void => {
    clauses.push(clause);
    parameters.push(...values);
  };
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
