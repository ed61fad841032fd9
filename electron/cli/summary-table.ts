import type { ArticleSummary } from '../../shared/model/article';
import { terminalText } from './terminal-text';

const untitled = '(untitled)';

/** Rows of id, status, updated, words and headline, aligned for a terminal. */
export const summaryTable = (items: ArticleSummary[]): string => {
  const rows = [
    ['ID', 'STATUS', 'UPDATED', 'WORDS', 'HEADLINE'],
    ...items.map((item) => [
      item.id,
      item.status,
      item.updatedAt.slice(0, 16).replace('T', ' '),
      String(item.words),
      terminalText(item.headline.replace(/\s+/g, ' ')) || untitled,
    ]),
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column]!) : cell)).join('  '),
    )
    .join('\n');
};
