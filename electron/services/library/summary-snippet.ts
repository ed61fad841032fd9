import type Database from 'better-sqlite3';
import { prepared } from './prepared';
import { snippetOf } from './search-snippet';
import type { SearchTerm } from './search-terms';

interface SearchedText {
  searched_body: string;
  searched_standfirst: string;
  searched_headline: string;
  searched_bylines: string;
  searched_tags: string;
}

const leadWords = 16;

const leadOf = (text: string): string => {
  const words = text.split(/\s+/).filter((word) => word !== '');
  return words.slice(0, leadWords).join(' ') + (words.length > leadWords ? '…' : '');
};

/**
 * The passage a list row shows for a hit: from the body first, where the match reads best. Reads
 * the indexed text of this one row (fetching it with the page query would sort every hit's text).
 */
export const summarySnippet = (db: Database.Database, articleId: string, terms: SearchTerm[]): string => {
  const row = prepared(
    db,
    `SELECT s.body AS searched_body, s.standfirst AS searched_standfirst,
       s.headline AS searched_headline, s.bylines AS searched_bylines, s.tags AS searched_tags
     FROM articles a JOIN article_search s ON s.rowid = a.row_id WHERE a.id = ?`,
  ).get(articleId) as SearchedText | undefined;
  if (row === undefined) return '';
  const texts = [
    row.searched_body,
    row.searched_standfirst,
    row.searched_headline,
    row.searched_bylines,
    row.searched_tags,
  ];
  for (const text of texts) {
    const snippet = snippetOf(text, terms);
    if (snippet !== null) return snippet;
  }
  return leadOf(row.searched_body || row.searched_standfirst);
};
