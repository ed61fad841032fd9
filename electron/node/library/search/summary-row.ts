import type { ArticleSummary } from '../../../../shared/model/article';
import type { Byline } from '../../../../shared/model/byline';
import type { Status } from '../../../../shared/model/status';
import { articleWords } from '../../../../shared/text/article-counts';

/** The columns of a list row: never the body (its word count is stored). */
export const summaryColumns = `a.row_id, a.id, a.headline, a.standfirst, a.slug, a.status, a.bylines, a.section,
  a.tags, a.language, a.deadline, a.embargo, a.created_at, a.updated_at, a.revision, a.trashed_at,
  a.words, (a.conflict IS NOT NULL AND json_extract(a.conflict, '$.kind') IS NULL) AS in_conflict`;

export interface SummaryRow {
  row_id: number;
  id: string;
  headline: string;
  standfirst: string;
  slug: string;
  status: string;
  bylines: string;
  section: string;
  tags: string;
  language: string;
  deadline: string | null;
  embargo: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
  trashed_at: string | null;
  words: number;
  in_conflict: number;
}

export const rowToSummary = (row: SummaryRow): ArticleSummary => ({
  id: row.id,
  headline: row.headline,
  standfirst: row.standfirst,
  slug: row.slug,
  status: row.status as Status,
  bylines: JSON.parse(row.bylines) as Byline[],
  section: row.section,
  tags: JSON.parse(row.tags) as string[],
  language: row.language,
  deadline: row.deadline,
  embargo: row.embargo,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  revision: row.revision,
  trashedAt: row.trashed_at,
  words: articleWords(row, row.words),
  inConflict: row.in_conflict === 1,
});
