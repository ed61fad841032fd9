import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../model/tiptap-document';
import { markdownManager } from './markdown-manager';
import { parseMarkdownArticle } from './parse-markdown-article';
import { normaliseDocument } from './to-schema-document';

const characters = fc.constantFrom(
  ...'abcdeéèàçô ABC 0123 .,;:!?«»\u00a0\u202f\'"()-+*_#[]`~|<>&\\/%='.split(''),
);
// Whitespace at the edge of a mark or a paragraph cannot survive Markdown (CommonMark moves or
// trims it), so generated words start and end with a letter.
const word = fc
  .tuple(
    fc.constantFrom(...'abcdéxyzAB'.split('')),
    fc.array(characters, { maxLength: 12 }),
    fc.constantFrom(...'abcdéxyz'.split('')),
  )
  .map(([first, middle, last]) => `${first}${middle.join('')}${last}`);
// No `comment` mark: every export drops it on purpose (only the review copy shows comments).
// No `suggestionInsertion`/`suggestionDeletion` marks: exports settle them first (original or final text).
const markType = fc.constantFrom(
  'bold',
  'italic',
  'strike',
  'subscript',
  'superscript',
  'underline',
);
const inline: fc.Arbitrary<TiptapNode> = fc.oneof(
  word.map((text) => ({ type: 'text', text })),
  fc.tuple(word, markType).map(([text, type]) => ({ type: 'text', text, marks: [{ type }] })),
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 5 }).map((content) => ({
  type: 'paragraph',
  content: content.flatMap((node, index) =>
    index === 0 ? [node] : [{ type: 'text', text: ' ' }, node],
  ),
}));

describe('Markdown round trip (property)', () => {
  it('random paragraphs with marks come back identical', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (content) => {
        const document = normaliseDocument({ type: 'doc', content });
        const markdown = markdownManager().serialize(document);
        expect(parseMarkdownArticle(markdown).draft.body).toEqual(document);
      }),
      { numRuns: 150 },
    );
  });
});
