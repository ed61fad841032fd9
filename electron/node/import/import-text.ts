import { AppError } from '../../../shared/errors/error-code';
import type { TiptapNode } from '../../../shared/model/tiptap-document';
import { cleanDocument } from './clean-document';
import { cleanHeadline } from './clean-headline';
import { count } from './count';
import { markdownLimits } from './markdown-complexity';
import type { ImportedDraft } from './imported-draft';

const paragraph = (block: string): TiptapNode => ({
  type: 'paragraph',
  content: block
    .split('\n')
    .flatMap((line, index): TiptapNode[] => [
      ...(index > 0 ? [{ type: 'hardBreak' }] : []),
      ...(line === '' ? [] : [{ type: 'text', text: line }]),
    ]),
});

const blankLines = /\n[ \t]*\n/g;

// Counted before any splitting: millions of paragraphs would cost far more to build than to refuse.
const assertParagraphCount = (text: string): void => {
  blankLines.lastIndex = 0;
  for (let found = 0; blankLines.exec(text) !== null; found += 1) {
    if (found >= markdownLimits.blocks) {
      throw new AppError(
        'invalid',
        `it holds more than ${count(markdownLimits.blocks)} paragraphs; Copydesk accepts ${count(markdownLimits.blocks)}.`,
      );
    }
  }
};

/** Plain text: the first non-empty line is the headline; blank-line-separated blocks are paragraphs. */
export const importText = (text: string): ImportedDraft => {
  assertParagraphCount(text);
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return { headline: '', body: cleanDocument({}) };
  const blocks = lines
    .slice(first + 1)
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '');
  return {
    headline: cleanHeadline(lines[first] ?? ''),
    body: cleanDocument({ content: blocks.map(paragraph) }),
  };
};
