import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors/error-code';
import type { ArticleSummary } from '../../../../shared/model/article';
import type { ArticlePage, ListQueryInput } from '../../../../shared/model/list-query';
import { ListQuery } from '../../../../shared/model/list-query';
import { listFilter } from './list-filter';
import { listOrder } from './list-order';
import { prepared } from '../storage/prepared';
import { searchHits } from './search-hits';
import { toMatchExpression } from './search-query';
import { parseSearchTerms } from './search-terms';
import { searchTable } from './search-table';
import { expandedTermMatch } from './prefix-words';
import type { SummaryRow } from './summary-row';
import { rowToSummary, summaryColumns } from './summary-row';
import { summarySnippet } from './summary-snippet';

const parseQuery = (input: ListQueryInput): ListQuery => {
  const parsed = ListQuery.safeParse(input);
  if (!parsed.success) throw new AppError('invalid', `Invalid list query: ${parsed.error.message}`);
  return parsed.data;
};

const browse = (db: Database.Database, query: ListQuery): ArticlePage => {
  const filter = listFilter(query);
  const rows = prepared(
    db,
    `SELECT ${summaryColumns} FROM articles a WHERE ${filter.where} ORDER BY ${listOrder(query, null)} LIMIT ? OFFSET ?`,
  ).all(...filter.parameters, query.limit, query.offset) as SummaryRow[];
  const total = prepared(db, `SELECT count(*) FROM articles a WHERE ${filter.where}`)
    .pluck()
    .get(...filter.parameters) as number;
  return { items: rows.map(rowToSummary), total, offset: query.offset };
};

const search = (db: Database.Database, query: ListQuery): ArticlePage => {
  const terms = parseSearchTerms(query.text);
  const termMatches = terms.map((term) => expandedTermMatch(db, term));
  const hits = searchHits(
    db,
    query,
    { table: searchTable(terms), match: termMatches.join(' AND '), termMatches },
    listFilter(query),
  );
  const byRowId = prepared(db, `SELECT ${summaryColumns} FROM articles a WHERE a.row_id = ?`);
  const items = hits.rowIds.map((rowId): ArticleSummary => {
    const summary = rowToSummary(byRowId.get(rowId) as SummaryRow);
    return { ...summary, snippet: summarySnippet(db, rowId, summary, terms) };
  });
  return { items, total: hits.total, offset: query.offset };
};

/**
 * One page of article summaries (article bodies never read to list) with the total: filtered,
 * optionally searched through the FTS index (ranked by bm25, a highlighted passage for the
 * page's rows only), sorted.
 */
export const listArticles = (db: Database.Database, input: ListQueryInput): ArticlePage => {
  const query = parseQuery(input);
  return toMatchExpression(query.text) === null ? browse(db, query) : search(db, query);
};
