import type { Article } from '../../shared/model/article';
import { articleWords } from '../../shared/text/article-counts';
import { documentText } from '../../shared/text/document-text';
import { terminalText } from './terminal-text';

/** `show` without --json: metadata lines, a blank line, then the body as plain text. */
export const articleText = (article: Article): string => {
  const bylines = article.bylines.map((byline) => `${byline.name} (${byline.role})`).join(', ');
  const fields: [string, string][] = [
    ['Headline', article.headline || '(untitled)'],
    ['Id', article.id],
    ['Status', article.status],
    ['Bylines', bylines],
    ['Section', article.section],
    ['Tags', article.tags.join(', ')],
    ['Language', article.language],
    ['Created', article.createdAt],
    ['Updated', article.updatedAt],
    ['Words', String(articleWords(article, article.counts.words))],
  ];
  const header = fields
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${`${label}:`.padEnd(10)}${terminalText(value)}`);
  return `${header.join('\n')}\n\n${terminalText(documentText(article.body))}\n`;
};
