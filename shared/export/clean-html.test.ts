import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../model/tiptap-document';
import { goldenArticle } from './testing/golden-article';
import { renderArticleHtmlDocument } from './render-html-document';
import { renderArticleHtmlFragment } from './render-html-fragment';

const text = (value: string): TiptapNode => ({ type: 'text', text: value });
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const body = (...content: TiptapNode[]) => ({ body: { type: 'doc' as const, content } });
const fragment = (...content: TiptapNode[]) =>
  renderArticleHtmlFragment(body(...content), { gutenberg: false });

const linked: TiptapNode = {
  type: 'text',
  text: 'le rapport',
  marks: [{ type: 'link', attrs: { href: 'https://example.org/r' } }],
};

describe('exported HTML is clean', () => {
  const exports = {
    document: renderArticleHtmlDocument(goldenArticle, { stylesheet: false, images: 'folder' }),
    fragment: renderArticleHtmlFragment(goldenArticle, { gutenberg: false }),
    gutenberg: renderArticleHtmlFragment(goldenArticle, { gutenberg: true }),
  };

  it.each(Object.entries(exports))('%s: no default spans, no <p> in items and cells', (_, html) => {
    expect(html).not.toMatch(/colspan="1"|rowspan="1"|colwidth/);
    expect(html).not.toMatch(/<(li|td|th)[^>]*><p>/);
    expect(html).toContain('<thead><tr><th>Source</th><th>Manifestants</th></tr></thead><tbody>');
    expect(html).toContain('<td>Préfecture</td><td>12\u202f000</td>');
    expect(html).not.toContain('rel=');
  });

  it('writes a single-paragraph item bare, keeps <p> where an item or cell has several', () => {
    expect(exports.fragment).toContain(
      '<ul><li>Départ du Vieux-Port<ol start="3"><li>La Canebière</li><li>Castellane</li></ol></li>',
    );
    const several = fragment({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [paragraph(text('un')), paragraph(text('deux'))] },
            {
              type: 'tableCell',
              attrs: { colspan: 2, rowspan: 3, align: 'right', colwidth: [120, 80] },
              content: [paragraph(text('trois'))],
            },
          ],
        },
      ],
    });
    expect(several).toBe(
      '<table><tbody><tr><td><p>un</p><p>deux</p></td><td colspan="2" rowspan="3" style="text-align: right">trois</td></tr></tbody></table>\n',
    );
  });

  it('keeps every row in <tbody> when the first row is not all header cells', () => {
    const html = fragment({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [paragraph(text('Ville'))] },
            { type: 'tableCell', content: [paragraph(text('Dakar'))] },
          ],
        },
      ],
    });
    expect(html).toBe('<table><tbody><tr><th>Ville</th><td>Dakar</td></tr></tbody></table>\n');
  });

  it('drops the empty paragraphs the article ends with, and only those', () => {
    const html = fragment(
      paragraph(text('Un')),
      { type: 'paragraph' },
      paragraph(text('Deux')),
      { type: 'paragraph' },
      paragraph(text(' \u00a0')),
      paragraph({ type: 'hardBreak' }),
    );
    expect(html).toBe('<p>Un</p>\n<p></p>\n<p>Deux</p>\n');
    expect(fragment({ type: 'paragraph' })).toBe('\n');
  });

  it('writes rel="nofollow" on links only when asked', () => {
    expect(fragment(paragraph(linked))).toBe(
      '<p><a href="https://example.org/r">le rapport</a></p>\n',
    );
    for (const gutenberg of [false, true]) {
      expect(
        renderArticleHtmlFragment(body(paragraph(linked)), { gutenberg, nofollow: true }),
      ).toContain('<a href="https://example.org/r" rel="nofollow">le rapport</a>');
    }
    expect(
      renderArticleHtmlDocument(
        { ...goldenArticle, body: body(paragraph(linked)).body },
        { stylesheet: false, images: 'folder', nofollow: true },
      ),
    ).toContain('<a href="https://example.org/r" rel="nofollow">');
  });
});
