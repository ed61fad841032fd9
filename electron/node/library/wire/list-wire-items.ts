import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors/error-code';
import type { WireQueryInput, WireSummary } from '../../../../shared/model/wire-entry';
import { WireQuery } from '../../../../shared/model/wire-entry';
import { toMatchExpression } from '../search/search-query';
import { prepared } from '../storage/prepared';
import { type WireSummaryRow, wireRowToSummary, wireSummaryColumns } from './wire-row';

/**
 * Wire items, newest first, or best match first when searching (the same accent- and
 * case-insensitive prefix search as articles), filtered by agency, urgency and unread.
 */
export const listWireItems = (db: Database.Database, input: WireQueryInput): WireSummary[] => {
  const parsed = WireQuery.safeParse(input);
  if (!parsed.success) throw new AppError('invalid', `Invalid wire query: ${parsed.error.message}`);
  const query = parsed.data;
  const where: string[] = [];
  const parameters: (string | number)[] = [];
  const match = toMatchExpression(query.text);
  if (match !== null) {
    where.push('w.row_id IN (SELECT rowid FROM wire_search WHERE wire_search MATCH ?)');
    parameters.push(match);
  }
  if (query.agency !== undefined) {
    where.push('w.agency = ?');
    parameters.push(query.agency);
  }
  if (query.urgencyAtMost !== undefined) {
    where.push('w.urgency IS NOT NULL AND w.urgency <= ?');
    parameters.push(query.urgencyAtMost);
  }
  if (query.unreadOnly) where.push('w.read_at IS NULL');
  const sql = `SELECT ${wireSummaryColumns} FROM wire_items w
    ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
    ORDER BY w.received_at DESC, w.row_id DESC LIMIT ?`;
  const rows = prepared(db, sql).all(...parameters, query.limit) as WireSummaryRow[];
  return rows.map(wireRowToSummary);
};
