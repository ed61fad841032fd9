import { describe, expect, it } from 'vitest';
import type { TiptapDocument, TiptapNode } from '../model/tiptap-document';
import { markdownManager } from './markdown-manager';
import { parseMarkdownArticle } from './parse-markdown-article';
import { renderArticleMarkdown } from './render-markdown';
import { goldenArticle } from './testing/golden-article';
import { normaliseDocument } from './to-schema-document';

const parseArticleMarkdown = (input: string) => parseMarkdownArticle(input).draft;

const text = (value: string, type?: string): TiptapNode =>
  type === undefined
    ? { type: 'text', text: value }
    : { type: 'text', text: value, marks: [{ type }] };
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const doc = (...content: TiptapNode[]): TiptapDocument => ({ type: 'doc', content });
const roundTrip = (document: TiptapDocument) =>
  parseArticleMarkdown(markdownManager().serialize(normaliseDocument(document))).body;

describe('parseArticleMarkdown', () => {
  it.each([
    [
      'text that looks like Markdown',
      doc(
        paragraph(text('- pas une liste')),
        paragraph(text('1. ni 2) ceci')),
        paragraph(text('# ni un titre')),
        paragraph(text('*a* _b_ [c](d) `e` ~f~ C++ <b>g</b> &amp; |')),
      ),
    ],
    [
      'hard breaks before block markers',
      doc(
        paragraph(
          text('a'),
          { type: 'hardBreak' },
          text('---'),
          { type: 'hardBreak' },
          text('+ b'),
          { type: 'hardBreak' },
          text('=== c'),
        ),
      ),
    ],
    [
      'a heading ending in #',
      doc({ type: 'heading', attrs: { level: 3 }, content: [text('Le numéro #')] }),
    ],
    [
      'a pull quote with markup in its attribution and two paragraphs',
      doc({
        type: 'pullQuote',
        attrs: { attribution: 'X [y] *z* <w>' },
        content: [paragraph(text('Un.')), paragraph(text('Deux.'))],
      }),
    ],
    [
      'a pull quote without attribution, after a plain quote',
      doc(
        { type: 'blockquote', content: [paragraph(text('[!pullquote] non'))] },
        { type: 'pullQuote', content: [paragraph(text('Oui.'))] },
      ),
    ],
    [
      'figures with and without image, caption and credit',
      doc(
        {
          type: 'figure',
          attrs: {
            src: `copydesk-asset:${'0f'.repeat(32)}.png`,
            alt: 'a [b] "c"',
            caption: 'Titre "cité" \\ & <x>',
            credit: '© AFP',
          },
        },
        { type: 'figure', attrs: { src: '', alt: 'En attente', caption: '', credit: 'DR' } },
        {
          type: 'figure',
          attrs: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: '', caption: 'x', credit: '' },
        },
      ),
    ],
    [
      'a table with pipes, breaks and two paragraphs in a cell',
      doc({
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableHeader', content: [paragraph(text('a | b'))] },
              { type: 'tableHeader', content: [paragraph(text('c'))] },
            ],
          },
          {
            type: 'tableRow',
            content: [
              {
                type: 'tableCell',
                content: [
                  paragraph(text('1'), { type: 'hardBreak' }, text('2')),
                  paragraph(text('3')),
                ],
              },
              { type: 'tableCell', content: [paragraph(text('x', 'bold'))] },
            ],
          },
        ],
      }),
    ],
    [
      'marks side by side',
      doc(
        paragraph(
          text('g', 'bold'),
          text('i', 'italic'),
          text('s', 'strike'),
          text('u', 'underline'),
          text('2', 'subscript'),
          text('e', 'superscript'),
        ),
      ),
    ],
    [
      'empty paragraphs between blocks',
      doc(paragraph(text('a')), { type: 'paragraph' }, { type: 'paragraph' }, paragraph(text('b'))),
    ],
  ])('round trips %s', (_name, document) => {
    expect(roundTrip(document)).toEqual(normaliseDocument(document));
  });

  it('keeps raw HTML as literal text and drops links outside the allowlist', () => {
    const body = parseArticleMarkdown(
      '<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) <sub>2</sub> <span onclick=x>b</span>\n',
    ).body;
    expect(body).toEqual(
      normaliseDocument(
        doc(
          paragraph(text('<img src=x onerror=alert(1)>')),
          paragraph(text('a '), text('2', 'subscript'), text(' <span onclick=x>b</span>')),
        ),
      ),
    );
  });

  it('reads front matter field by field, ignoring foreign or invalid values', () => {
    const parsed = parseMarkdownArticle(
      '\ufeff---\r\ntitle: "CON"\r\nslug: "../../x"\r\ntags: pas-une-liste\r\nlanguage: "<b>"\r\nstatus: publish\r\nweight: 3\r\n---\r\nTexte.\r\n',
    );
    expect(parsed.draft).toEqual({
      headline: 'CON',
      slug: '../../x',
      body: normaliseDocument(doc(paragraph(text('Texte.')))),
    });
    expect(parsed.status).toBeNull();
  });

  it('reads the headline variants back from seo_title, social_title and description', () => {
    const variants = {
      seoTitle: 'Grève\u00a0: la mobilisation continue',
      socialTitle: 'Grève\u00a0: « on ne lâchera rien\u202f»',
      metaDescription: 'yes',
    };
    const markdown = renderArticleMarkdown({ ...goldenArticle, ...variants });
    expect(markdown).toContain('description: "yes"\n');
    expect(parseArticleMarkdown(markdown)).toMatchObject(variants);
    expect(renderArticleMarkdown(goldenArticle)).not.toMatch(/seo_title|social_title|description/);
  });

  it('refuses YAML aliases and oversized front matter', () => {
    expect(() => parseArticleMarkdown('---\na: &a [1]\nb: *a\n---\n')).toThrow(/aliases/);
    expect(() => parseArticleMarkdown(`---\ntitle: "${'x'.repeat(70_000)}"\n---\n`)).toThrow(
      /64 KB/,
    );
  });
});
