import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TiptapDocument, TiptapMark, TiptapNode } from '../../../shared/model/tiptap-document';
import type { ExportedArticle } from '../../../shared/export/render-html-document';
import { renderArticleHtmlDocument } from '../../../shared/export/render-html-document';
import { renderArticleHtmlFragment } from '../../../shared/export/render-html-fragment';
import { normaliseDocument } from '../../../shared/export/to-schema-document';
import { importBytes } from './import-bytes';

const characters = fc.constantFrom(
  ...'abcdeéèàçôœÉ ABC 0123 .,;:!?«»“”’\u00a0\u202f\'"()-+*_#[]`~|<>&\\/%='.split(''),
);
// HTML collapses runs of spaces and trims them at block edges (the parser's whitespace rule), so
// generated words start and end with a letter and are joined by single spaces.
const word = fc
  .tuple(
    fc.constantFrom(...'abcdéxyzAB'.split('')),
    fc.array(characters, { maxLength: 12 }),
    fc.constantFrom(...'abcdéxyz'.split('')),
  )
  .map(([first, middle, last]) => `${first}${middle.join('')}${last}`.replace(/ {2,}/g, ' '));
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));

const href = fc.constantFrom(
  'https://www.example.org/rapport?annee=2024&page=2',
  'http://example.com/',
  'https://exemple.fr/%C3%A9t%C3%A9#suite',
  'mailto:redaction@example.org',
);
// No `comment` mark: every export drops it on purpose (only the review copy shows comments).
// No `suggestionInsertion`/`suggestionDeletion` marks: exports settle them first (original or final text).
const simpleMark = fc.constantFrom(
  'bold',
  'italic',
  'underline',
  'strike',
  'subscript',
  'superscript',
);
// Links carry no `title`: the importer does not keep it (see HTML_FORMAT.md).
const language = fc.constantFrom('en', 'en-GB', 'de', 'fr-SN');
const marks: fc.Arbitrary<TiptapMark[]> = fc
  .tuple(
    fc.uniqueArray(simpleMark, { maxLength: 3 }),
    fc.option(href, { nil: undefined, freq: 2 }),
    fc.option(language, { nil: undefined, freq: 2 }),
  )
  .map(([types, link, lang]) => [
    ...types.map((type) => ({ type })),
    ...(link === undefined ? [] : [{ type: 'link', attrs: { href: link } }]),
    ...(lang === undefined ? [] : [{ type: 'language', attrs: { lang } }]),
  ]);
const textNode: fc.Arbitrary<TiptapNode> = fc
  .tuple(words, marks)
  .map(([text, list]) =>
    list.length === 0 ? { type: 'text', text } : { type: 'text', text, marks: list },
  );
const inline: fc.Arbitrary<TiptapNode> = fc.oneof(
  { weight: 5, arbitrary: textNode },
  { weight: 1, arbitrary: fc.constant({ type: 'hardBreak' }) },
);
const space: TiptapNode = { type: 'text', text: ' ' };
// A paragraph of only hard breaks is spacing to the importer, which drops it (see HTML_FORMAT.md).
const inlineContent = fc
  .array(inline, { minLength: 1, maxLength: 5 })
  .filter((nodes) => nodes.some((node) => node.type === 'text'))
  .map((nodes) =>
    nodes.flatMap((node, index) =>
      index === 0 || node.type === 'hardBreak' || nodes[index - 1]?.type === 'hardBreak'
        ? [node]
        : [space, node],
    ),
  );

const paragraph: fc.Arbitrary<TiptapNode> = inlineContent.map((content) => ({
  type: 'paragraph',
  content,
}));
const heading: fc.Arbitrary<TiptapNode> = fc
  .tuple(fc.constantFrom(2, 3), inlineContent)
  .map(([level, content]) => ({ type: 'heading', attrs: { level }, content }));
const pullQuote: fc.Arbitrary<TiptapNode> = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 2 }), fc.oneof(fc.constant(''), words))
  .map(([content, attribution]) => ({ type: 'pullQuote', attrs: { attribution }, content }));
// Cells are 1×1 and unaligned here; spans and alignment have their own test (html-intake.test.ts).
const table: fc.Arbitrary<TiptapNode> = fc
  .integer({ min: 1, max: 3 })
  .chain((columns) =>
    fc.tuple(
      fc.array(paragraph, { minLength: columns, maxLength: columns }),
      fc.array(fc.array(paragraph, { minLength: columns, maxLength: columns }), { maxLength: 2 }),
    ),
  )
  .map(([header, rows]) => {
    const row = (type: string, cells: TiptapNode[]): TiptapNode => ({
      type: 'tableRow',
      content: cells.map((cell) => ({ type, content: [cell] })),
    });
    return {
      type: 'table',
      content: [row('tableHeader', header), ...rows.map((cells) => row('tableCell', cells))],
    };
  });

const optionalWords = fc.oneof(fc.constant(''), words);
const figure: fc.Arbitrary<TiptapNode> = fc
  .tuple(
    fc.constantFrom(`copydesk-asset:${'ab'.repeat(32)}.jpg`, 'data:image/png;base64,iVBORw0KGgo='),
    optionalWords,
    optionalWords,
    optionalWords,
  )
  .map(([src, alt, caption, credit]) => ({ type: 'figure', attrs: { src, alt, caption, credit } }));

const { block } = fc.letrec<{ block: TiptapNode; list: TiptapNode; item: TiptapNode }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: paragraph },
    { weight: 2, arbitrary: heading },
    { weight: 2, arbitrary: tie('list') },
    {
      weight: 1,
      arbitrary: fc
        .array(tie('block'), { minLength: 1, maxLength: 2 })
        .map((content) => ({ type: 'blockquote', content })),
    },
    { weight: 1, arbitrary: pullQuote },
    { weight: 1, arbitrary: fc.constant({ type: 'horizontalRule' }) },
    { weight: 1, arbitrary: table },
    { weight: 1, arbitrary: figure },
  ),
  list: fc
    .tuple(
      fc.constantFrom('bulletList', 'orderedList'),
      fc.integer({ min: 1, max: 12 }),
      fc.array(tie('item'), { minLength: 1, maxLength: 3 }),
    )
    .map(([type, start, content]) =>
      type === 'orderedList' ? { type, attrs: { start }, content } : { type, content },
    ),
  item: fc
    .tuple(paragraph, fc.option(tie('list'), { nil: undefined, freq: 2, depthSize: 'small' }))
    .map(([first, nested]) => ({
      type: 'listItem',
      content: nested === undefined ? [first] : [first, nested],
    })),
}));

const body: fc.Arbitrary<TiptapDocument> = fc
  .array(block, { minLength: 1, maxLength: 6 })
  .map((content) => ({ type: 'doc', content }));

const article = (
  document: TiptapDocument,
  headline: string,
  standfirst: string,
): ExportedArticle => ({
  headline,
  standfirst,
  bylines: [{ name: 'Camille Martin', role: 'author' }],
  dateline: { place: 'Marseille', date: '2024-03-07' },
  language: 'fr',
  createdAt: '2024-03-07T08:15:00.000+01:00',
  body: document,
});

/**
 * The generated JSON in the schema's canonical form (`normaliseDocument`), applied to the original
 * only: the import's output is compared exactly as it comes.
 * - Attributes the generator leaves out get the schema defaults (colspan 1, link rel): omitted JSON is not content.
 * - Marks are put in schema rank order: a mark set is unordered; HTML nesting order is the renderer's choice.
 * - Adjacent text nodes with the same marks are merged: ProseMirror holds them as one node.
 */
const canonical = (document: TiptapDocument): TiptapDocument => normaliseDocument(document);

const encode = (text: string) => new TextEncoder().encode(text);
const parameters = { numRuns: 150, seed: 20_260_311 };

describe('HTML round trip (property)', () => {
  it('a standalone document imports back to the same body, headline and standfirst', async () => {
    await fc.assert(
      fc.asyncProperty(
        body,
        words,
        fc.oneof(fc.constant(''), words),
        async (document, headline, standfirst) => {
          const expected = canonical(document);
          const html = renderArticleHtmlDocument(article(document, headline, standfirst), {
            stylesheet: true,
            images: 'folder',
          });
          const draft = await importBytes('article.html', encode(html));
          expect(draft.body).toEqual(expected);
          expect(draft.headline).toBe(headline);
          expect(draft.standfirst ?? '').toBe(standfirst);
        },
      ),
      parameters,
    );
  });

  it('a CMS fragment imports back to the same body', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (document) => {
        const html = renderArticleHtmlFragment({ body: document });
        const draft = await importBytes('fragment.html', encode(html));
        expect(draft.body).toEqual(canonical(document));
      }),
      parameters,
    );
  });
});

describe('HTML round trip (examples of fixed losses)', () => {
  it('keeps a passage in another language (<span lang>), and drops a malformed lang', async () => {
    const html =
      '<p>Il a dit <span lang="en-gb">free and fair</span> <span lang="x y">ici</span></p>';
    const draft = await importBytes('langue.html', encode(html));
    expect(draft.body.content?.[0]?.content).toEqual([
      { type: 'text', text: 'Il a dit ' },
      {
        type: 'text',
        text: 'free and fair',
        marks: [{ type: 'language', attrs: { lang: 'en-GB' } }],
      },
      { type: 'text', text: ' ici' },
    ]);
  });
});
