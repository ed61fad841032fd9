import type Database from 'better-sqlite3';
import type { ArticleSource } from '../../../../shared/model/article-source';
import { prepared } from '../storage/prepared';
import { type WireSummaryRow, wireRowToSummary, wireSummaryColumns } from './wire-row';

/**
 * The wire item an article was written from, or null. Its notice counts only when it arrived
 * with a version newer than the one taken: that is when the article is flagged.
 */
export const readArticleSource = (
  db: Database.Database,
  articleId: string,
): ArticleSource | null => {
  const row = prepared(
    db,
    `SELECT ${wireSummaryColumns}, t.version AS taken_version FROM wire_takes t
     JOIN wire_items w ON w.row_id = t.wire_row WHERE t.article_id = ?`,
  ).get(articleId) as (WireSummaryRow & { taken_version: number }) | undefined;
  if (row === undefined) return null;
  const summary = wireRowToSummary(row);
  return {
    wireId: summary.id,
    agency: summary.agency,
    credit: summary.credit,
    itemId: summary.itemId,
    version: row.taken_version,
    currentVersion: summary.version,
    notice: summary.version > row.taken_version ? summary.notice : null,
  };
};
