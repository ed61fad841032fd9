import type { ListQuery } from '../../../../shared/model/list-query';
import { missingCaseError } from '../../../../shared/errors/missing-case';
import type { SearchTable } from './search-table';

/**
 * The ORDER BY clause; ties broken by row id so paging is stable. Relevance needs search text
 * (`searched`: the index searched, whose rank is bm25 with the headline weighing most, then
 * standfirst, bylines and tags, then the body), otherwise it falls back to the last update.
 * Articles without a deadline come last.
 */
export const listOrder = (query: ListQuery, searched: SearchTable | null): string => {
  const direction = query.direction === 'asc' ? 'ASC' : 'DESC';
  const sort = query.sort;
  switch (sort) {
    case 'relevance':
      return searched === null
        ? `a.updated_at ${direction}, a.row_id ${direction}`
        : `${searched}.rank ${direction === 'DESC' ? 'ASC' : 'DESC'}, a.row_id DESC`;
    case 'updated':
      return `a.updated_at ${direction}, a.row_id ${direction}`;
    case 'created':
      return `a.created_at ${direction}, a.row_id ${direction}`;
    case 'deadline':
      return `a.deadline IS NULL, a.deadline ${direction}, a.row_id ${direction}`;
    case 'headline':
      return `a.headline_key ${direction}, a.headline COLLATE NOCASE ${direction}, a.row_id ${direction}`;
    default:
      throw missingCaseError(sort);
  }
};
