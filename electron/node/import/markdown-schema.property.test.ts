import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSchema } from '../../../shared/export/export-schema';
import { goldenArticle } from '../../../shared/export/testing/golden-article';
import { createExportImageMode } from '../export/export-images';
import { renderArticleDocx } from '../export/render-docx';
import { renderArticleText } from '../export/render-article-text';
import { renderWxr } from '../export/render-wxr';
import { importMarkdown } from './import-markdown';

const word = fc.constantFrom('crue', 'Kayes', 'élection', 'maraîchères', 'vote', 'fleuve', '42');
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));

// Inline Markdown with emphasis nested in every way CommonMark allows, including the same mark
// inside itself (`**a __b__**`), and links.
const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    words,
    fc
      .tuple(fc.constantFrom('*', '_', '**', '__', '***', '~~'), tie('inline'))
      .map(([fence, inner]) => `${fence}${inner}${fence}`),
    fc.tuple(tie('inline'), tie('inline')).map(([left, right]) => `${left} ${right}`),
    fc.tuple(tie('inline'), word).map(([text, path]) => `[${text}](https://example.com/${path})`),
  ),
})).inline;

const indent = (text: string, by: string): string =>
  text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : `${by}${line}`))
    .join('\n');

// Blocks: headings, quotes, code and tables anywhere, lists holding any of them.
const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    inline,
    fc
      .tuple(fc.constantFrom('#', '##', '###', '####'), inline)
      .map(([hashes, text]) => `${hashes} ${text}`),
    words.map((code) => `\`\`\`\n${code}\n\`\`\``),
    fc.tuple(words, inline).map(([head, cell]) => `| ${head} | b |\n|---|---|\n| ${cell} | c |`),
    fc
      .array(tie('block'), { minLength: 1, maxLength: 3 })
      .map((blocks) => blocks.map((text) => `> ${text.split('\n').join('\n> ')}`).join('\n>\n')),
    fc
      .tuple(
        fc.constantFrom('- ', '1. '),
        fc.array(fc.array(tie('block'), { minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: 3,
        }),
      )
      .map(([marker, items]) =>
        items
          .map((blocks) => `${marker}${indent(blocks.join('\n\n'), ' '.repeat(marker.length))}`)
          .join('\n'),
      ),
  ),
})).block;

const markdownDocument = fc
  .array(block, { minLength: 1, maxLength: 5 })
  .map((blocks) => blocks.join('\n\n'));

const { resolveImage } = createExportImageMode('folder', 'article', () => null);
const options = { images: 'folder', stylesheet: true, gutenberg: true, nofollow: false } as const;

describe('Markdown import and the editor schema (property)', () => {
  it('stores a body that fits the schema and exports in every format', async () => {
    await fc.assert(
      fc.asyncProperty(markdownDocument, async (markdown) => {
        const { body } = importMarkdown(markdown);
        expect(() => exportSchema().nodeFromJSON(body).check()).not.toThrow();
        const article = { ...goldenArticle, body, comments: [] };
        for (const format of ['html', 'html-fragment', 'md'] as const) {
          expect(renderArticleText(article, format, options, resolveImage)).not.toBe('');
        }
        expect((await renderArticleDocx(article, () => null)).length).toBeGreaterThan(0);
        expect(renderWxr([article], { gutenberg: true, resolveImage, now: new Date(0) })).toContain(
          '<item>',
        );
      }),
      { numRuns: 60, seed: 20_261_207 },
    );
  });
});
