import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/error-code';
import type { ArticlePage, ListQueryInput } from '../../../shared/model/list-query';
import { ListQuery } from '../../../shared/model/list-query';
import { listFilter } from './list-filter';
import { listOrder } from './list-order';
import { prepared } from './prepared';
import { toMatchExpression } from './search-query';
import { parseSearchTerms } from './search-terms';
import type { SummaryRow } from './summary-row';
import { rowToSummary, summaryColumns } from './summary-row';
import { summarySnippet } from './summary-snippet';

const parseQuery = (input: ListQueryInput): ListQuery => {
  const parsed = ListQuery.safeParse(input);
  if (!parsed.success) throw new AppError('invalid', `Invalid list query: ${parsed.error.message}`);
  return parsed.data;
};

/**
 * One page of article summaries (article bodies never read) with the total: filtered, optionally
 * searched through the FTS index (ranked by bm25, with a highlighted passage), sorted.
 */
export const listArticles = (db: Database.Database, input: ListQueryInput): ArticlePage => {
  const query = parseQuery(input);
  const match = toMatchExpression(query.text);
  const filter = listFilter(query);
  const from =
    match === null ? 'articles a' : 'article_search JOIN articles a ON a.row_id = article_search.rowid';
  const where = match === null ? filter.where : `article_search MATCH ? AND ${filter.where}`;
  const parameters = match === null ? filter.parameters : [match, ...filter.parameters];
  const rows = prepared(
    db,
    `SELECT ${summaryColumns} FROM ${from} WHERE ${where} ORDER BY ${listOrder(query, match !== null)} LIMIT ? OFFSET ?`,
  ).all(...parameters, query.limit, query.offset) as SummaryRow[];
  const total = prepared(db, `SELECT count(*) FROM ${from} WHERE ${where}`)
    .pluck()
    .get(...parameters) as number;
  const terms = parseSearchTerms(query.text);
  const items = rows.map((row) =>
    match === null ? rowToSummary(row) : { ...rowToSummary(row), snippet: summarySnippet(db, row.id, terms) },
  );
  return { items, total, offset: query.offset };
};
