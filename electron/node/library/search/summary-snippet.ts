import type Database from 'better-sqlite3';
import type { ArticleSummary } from '../../../../shared/model/article';
import { decodeStoredBody } from '../stored-forms/stored-body';
import { documentText } from '../../../../shared/text/document-text';
import { prepared } from '../storage/prepared';
import { snippetOf } from './search-snippet';
import type { SearchTerm } from './search-terms';

const leadWords = 16;

const leadOf = (text: string): string => {
  const words = text.split(/\s+/).filter((word) => word !== '');
  return words.slice(0, leadWords).join(' ') + (words.length > leadWords ? '…' : '');
};

const bodyText = (db: Database.Database, rowId: number): string => {
  const body = prepared(db, 'SELECT body FROM article_bodies WHERE article_row = ?')
    .pluck()
    .get(rowId) as string | Buffer | undefined;
  return body === undefined ? '' : documentText(decodeStoredBody(body));
};

/**
 * The passage a list row shows for a hit: from the body first, where the match reads best. The
 * index keeps no text, so the body of this one row (a page holds at most 200) is read and its
 * text extracted here.
 */
export const summarySnippet = (
  db: Database.Database,
  rowId: number,
  summary: ArticleSummary,
  terms: SearchTerm[],
): string => {
  const body = bodyText(db, rowId);
  const texts = [
    body,
    summary.standfirst,
    summary.headline,
    summary.bylines.map((byline) => byline.name).join('\n'),
    summary.tags.join('\n'),
  ];
  for (const text of texts) {
    const snippet = snippetOf(text, terms);
    if (snippet !== null) return snippet;
  }
  return leadOf(body || summary.standfirst);
};
