import { AppError } from '../../../shared/errors/error-code';

/**
 * marked (under @tiptap/markdown) is quadratic on long runs of emphasis, code and link punctuation
 * in one paragraph, and recursive on nested containers: inputs past these limits are refused before
 * parsing. Real articles stay far below them.
 */
export const markdownLimits = { punctuationPerParagraph: 2_000, nesting: 32 } as const;

const punctuation = /[*_`[\]<>~]/g;
const containerPrefix = /^(?:[ \t]*(?:[*+-]|\d{1,9}[.)]|>)(?=[ \t]|$)[ \t]*)+/;
const containerMarker = /(?:[*+-]|\d{1,9}[.)]|>)(?=[ \t]|$)/g;

export const assertMarkdownComplexity = (markdown: string): void => {
  for (const paragraph of markdown.split(/\n[ \t]*\n/)) {
    if ((paragraph.match(punctuation)?.length ?? 0) > markdownLimits.punctuationPerParagraph) {
      throw new AppError(
        'invalid',
        'A paragraph holds too much Markdown punctuation (*, _, `, [, <) to be imported safely.',
      );
    }
  }
  for (const line of markdown.split('\n')) {
    const prefix = containerPrefix.exec(line)?.[0] ?? '';
    if ((prefix.match(containerMarker)?.length ?? 0) > markdownLimits.nesting) {
      throw new AppError('invalid', 'Lists or quotes are nested too deeply to be imported.');
    }
  }
};
