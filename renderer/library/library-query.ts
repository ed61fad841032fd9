import type { ListQueryInput, SortField } from '../../shared/model/list-query';
import type { Status } from '../../shared/model/status';

/** What the user chose in the search box and the filters. */
export interface LibraryQuery {
  text: string;
  statuses: Status[];
  section: string;
  byline: string;
  tag: string;
  language: string;
  sort: SortField;
  trash: boolean;
}

export const initialLibraryQuery: LibraryQuery = {
  text: '',
  statuses: [],
  section: '',
  byline: '',
  tag: '',
  language: '',
  sort: 'relevance',
  trash: false,
};

/**
 * Rows per request. A search builds a highlighted passage for each row it returns (a body read
 * per row): 50 fill the tallest list and cost half of 100; scrolling asks for the next ones.
 */
export const pageSize = 50;

/** Relevance only means something while searching. */
export const effectiveSort = (query: LibraryQuery): SortField =>
  query.sort === 'relevance' && query.text.trim() === '' ? 'updated' : query.sort;

const ascending: ReadonlySet<SortField> = new Set(['headline', 'deadline']);

const optional = (value: string): string | undefined => (value === '' ? undefined : value);

export function listRequest(query: LibraryQuery, page: number): ListQueryInput {
  const sort = effectiveSort(query);
  return {
    text: query.text.trim(),
    statuses: query.statuses,
    section: optional(query.section),
    byline: optional(query.byline),
    tag: optional(query.tag),
    language: optional(query.language),
    sort,
    direction: ascending.has(sort) ? 'asc' : 'desc',
    trash: query.trash,
    offset: page * pageSize,
    limit: pageSize,
  };
}
