import fc from 'fast-check';
import type { TiptapMark, TiptapNode } from '../../model/tiptap-document';

/** The threads the generated comment marks point to; the seeded article holds all of them. */
export const seededThreadIds = [
  '3a0b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  '4b1c2d3e-5f6a-4b7c-9d8e-0f1a2b3c4d5e',
  '5c2d3e4f-6a7b-4c8d-8e9f-1a2b3c4d5e6f',
] as const;

export const wordArbitrary = fc
  .array(fc.constantFrom(...'abcdéèàç ’«»\u202f'.split('')), { minLength: 1, maxLength: 8 })
  .map((characters) => characters.join(''));

const suggestion = (type: 'suggestionInsertion' | 'suggestionDeletion') =>
  fc.record({
    type: fc.constant(type),
    attrs: fc.record({
      id: fc.constantFrom('s1', 's2', 's3'),
      author: fc.constantFrom('Awa', 'Moussa'),
      at: fc.constant('2026-12-01T09:00:00.000Z'),
    }),
  });

/** Every mark the merge must keep apart or together; suggestions exclude each other. */
export const markArbitrary: fc.Arbitrary<TiptapMark> = fc.oneof(
  fc.constant({ type: 'bold' }),
  fc.constant({ type: 'italic' }),
  fc
    .constantFrom('https://example.org/a', 'https://example.org/b')
    .map((href) => ({ type: 'link', attrs: { href } })),
  fc.constantFrom(...seededThreadIds).map((threadId) => ({ type: 'comment', attrs: { threadId } })),
  suggestion('suggestionInsertion'),
  suggestion('suggestionDeletion'),
);

const markSet = fc
  .uniqueArray(markArbitrary, { maxLength: 4, selector: (mark) => JSON.stringify(mark) })
  .map((marks) => {
    const kept: TiptapMark[] = [];
    const seen = new Set<string>();
    for (const mark of marks) {
      const key = mark.type.startsWith('suggestion') ? 'suggestion' : mark.type;
      if (mark.type !== 'comment' && seen.has(key)) continue;
      seen.add(key);
      kept.push(mark);
    }
    return kept;
  });

const inline = fc.array(
  fc
    .tuple(wordArbitrary, markSet)
    .map(([text, marks]): TiptapNode =>
      marks.length === 0 ? { type: 'text', text } : { type: 'text', text, marks },
    ),
  { maxLength: 5 },
);

const paragraph = inline.map((content): TiptapNode => ({ type: 'paragraph', content }));

const heading = fc
  .tuple(fc.constantFrom(2, 3), inline)
  .map(([level, content]): TiptapNode => ({ type: 'heading', attrs: { level }, content }));

const { block } = fc.letrec<{ block: TiptapNode; list: TiptapNode }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
    paragraph,
    heading,
    tie('list'),
    fc
      .array(tie('block'), { minLength: 1, maxLength: 3 })
      .map((content): TiptapNode => ({ type: 'blockquote', content })),
  ),
  list: fc
    .tuple(
      fc.constantFrom('bulletList', 'orderedList'),
      fc.array(
        fc
          .tuple(paragraph, fc.array(tie('block'), { maxLength: 2 }))
          .map(([first, rest]): TiptapNode => ({ type: 'listItem', content: [first, ...rest] })),
        { minLength: 1, maxLength: 3 },
      ),
    )
    .map(([type, content]): TiptapNode => ({ type, content })),
}));

/** A random body the editor's schema accepts (text nodes are joined by `nodeFromJSON`). */
export const articleBodyArbitrary = fc
  .array(block, { minLength: 1, maxLength: 5 })
  .map((content) => ({ type: 'doc' as const, content }));
