import { AppError } from '../../../shared/errors/error-code';
import { count } from './count';
import { measureMarkdownContainers } from './markdown-containers';

/**
 * marked (under @tiptap/markdown) is quadratic on long runs of emphasis, code and link punctuation
 * in one paragraph, re-reads a container's text once per level of nesting, and every block costs
 * memory down to the stored document: inputs past these limits are refused before parsing. Real
 * articles stay far below them.
 */
export const markdownLimits = {
  punctuationPerParagraph: 2_000,
  nesting: 32,
  blocks: 50_000,
  // marked's line regexes overflow the stack on a paragraph of several million characters.
  paragraphLength: 1_000_000,
};

const punctuation = /[*_`[\]<>~]/g;

const refuse = (what: string, limit: number): never => {
  throw new AppError('invalid', `${what}; Copydesk accepts ${count(limit)}.`);
};

const nestingName = (lists: number, depth: number): string => {
  if (lists === depth) return 'lists';
  return lists === 0 ? 'quotes' : 'lists and quotes';
};

export const assertMarkdownComplexity = (markdown: string): void => {
  const { depth, lists, blocks } = measureMarkdownContainers(markdown, markdownLimits.blocks);
  if (depth > markdownLimits.nesting) {
    refuse(`${nestingName(lists, depth)} nested ${count(depth)} deep`, markdownLimits.nesting);
  }
  if (blocks > markdownLimits.blocks) {
    refuse(
      `it holds more than ${count(markdownLimits.blocks)} paragraphs, list items and quotes`,
      markdownLimits.blocks,
    );
  }
  for (const paragraph of markdown.split(/\n[ \t]*\n/)) {
    if (paragraph.length > markdownLimits.paragraphLength) {
      refuse(
        `a paragraph is ${count(paragraph.length)} characters long`,
        markdownLimits.paragraphLength,
      );
    }
    const found = paragraph.match(punctuation)?.length ?? 0;
    if (found > markdownLimits.punctuationPerParagraph) {
      refuse(
        `a paragraph holds ${count(found)} Markdown marks (*, _, \`, [, <)`,
        markdownLimits.punctuationPerParagraph,
      );
    }
  }
};
