import { getSchema, type JSONContent } from '@tiptap/core';
import { generateHTML, generateJSON } from '@tiptap/html';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { TiptapDocument } from '../model/tiptap-document';
import { createExtensions } from './extensions';

const asset = `copydesk-asset:${'ab'.repeat(32)}.jpg`;
type Mark = NonNullable<JSONContent['marks']>[number];

const link = (href: string): Mark => ({
  type: 'link',
  attrs: { href, target: null, rel: 'noopener noreferrer nofollow', class: null, title: null },
});
const text = (value: string, marks?: Mark[]): JSONContent => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const cell = (type: string, value: string): JSONContent => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
  content: [paragraph(text(value))],
});

const everything: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Intertitre')] },
    paragraph(
      text('Du '),
      text('gras', [{ type: 'bold' }]),
      text(', de l’'),
      text('italique', [{ type: 'italic' }]),
      text(', '),
      text('souligné', [{ type: 'underline' }]),
      text(', '),
      text('barré', [{ type: 'strike' }]),
      text(', H'),
      text('2', [{ type: 'subscript' }]),
      text('O, le 1'),
      text('er', [{ type: 'superscript' }]),
      text(' et un '),
      text('lien', [link('https://example.org/%C3%A9t%C3%A9')]),
      { type: 'hardBreak' },
      text('écrire', [link('mailto:redaction@example.sn')]),
    ),
    {
      type: 'pullQuote',
      attrs: { attribution: 'Aminata Touré, ancienne Première ministre' },
      content: [paragraph(text('« Une coopération exemplaire. »'))],
    },
    {
      type: 'figure',
      attrs: {
        src: asset,
        alt: 'Le port de Dakar',
        caption: 'Le port, à l’aube.',
        credit: 'Photo AFP',
      },
    },
    { type: 'figure', attrs: { src: '', alt: 'Image à venir', caption: '', credit: 'DR' } },
    { type: 'blockquote', content: [paragraph(text('Citation simple.'))] },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            paragraph(text('Un')),
            {
              type: 'orderedList',
              attrs: { start: 1, type: null },
              content: [{ type: 'listItem', content: [paragraph(text('Deux'))] }],
            },
          ],
        },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [cell('tableHeader', 'Ville'), cell('tableHeader', 'Habitants')],
        },
        { type: 'tableRow', content: [cell('tableCell', 'Thiès'), cell('tableCell', '320 000')] },
      ],
    },
    { type: 'horizontalRule' },
    paragraph(text('Fin.')),
  ],
};

describe('createExtensions', () => {
  const extensions = createExtensions();
  const parseHtml = (html: string): TiptapDocument =>
    TiptapDocument.parse(generateJSON(html, extensions));
  const schema = getSchema(extensions);

  it('has the newsroom nodes and marks, and no code', () => {
    expect(Object.keys(schema.nodes)).toEqual(
      expect.arrayContaining([
        'pullQuote',
        'figure',
        'table',
        'tableRow',
        'tableHeader',
        'tableCell',
        'blockquote',
        'hardBreak',
        'horizontalRule',
      ]),
    );
    expect(Object.keys(schema.marks)).toEqual(
      expect.arrayContaining([
        'bold',
        'italic',
        'underline',
        'strike',
        'subscript',
        'superscript',
        'link',
      ]),
    );
    expect(schema.nodes.codeBlock).toBeUndefined();
    expect(schema.marks.code).toBeUndefined();
  });

  it('accepts a document with every node and mark', () => {
    const node = ProseMirrorNode.fromJSON(schema, everything);
    expect(() => node.check()).not.toThrow();
    expect(node.toJSON()).toEqual(everything);
  });

  it('round-trips that document through HTML unchanged', () => {
    const html = generateHTML(everything, extensions);
    const json = parseHtml(html);
    expect(json).toEqual(everything);
    expect(generateHTML(json, extensions)).toBe(html);
  });

  it('keeps HTML → JSON → HTML → JSON stable', () => {
    const source =
      '<h1>Titre</h1><h3>Sous-titre</h3><p>Un <a href="HTTPS://Example.org/é" target="_blank">lien</a>, ' +
      'x<sup>2</sup>, CO<sub>2</sub>.</p>' +
      '<aside data-type="pull-quote"><blockquote><p>Phrase.</p></blockquote><cite>Auteur</cite></aside>' +
      `<figure><img src="${asset}" alt="Alt"><figcaption><span class="caption">Légende</span> <span class="credit">AFP</span></figcaption></figure>` +
      '<table><tr><th>A</th></tr><tr><td>1</td></tr></table>';
    const first = parseHtml(source);
    const second = parseHtml(generateHTML(first, extensions));
    expect(second).toEqual(first);
    expect(first.content?.[0]).toEqual({ type: 'paragraph', content: [text('Titre')] });
  });

  it('renders links with rel and without target', () => {
    const html = generateHTML(
      { type: 'doc', content: [paragraph(text('x', [link('https://example.org/')]))] },
      extensions,
    );
    expect(html).toBe(
      '<p><a rel="noopener noreferrer nofollow" href="https://example.org/">x</a></p>',
    );
  });

  it('drops hostile links from HTML and keeps their text', () => {
    const hrefs = [
      'javascript:alert(1)',
      'java&#x09;script:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'file:///etc/passwd',
      '\\\\host\\share',
      '/relative',
    ];
    for (const href of hrefs) {
      const json = parseHtml(`<p><a href="${href}">Lire la suite</a></p>`);
      expect(json).toEqual({ type: 'doc', content: [paragraph(text('Lire la suite'))] });
    }
  });

  it('ignores target, rel and class on pasted links', () => {
    const json = parseHtml(
      '<p><a href="https://example.org/source" target="_blank" rel="opener" class="MsoHyperlink">Source</a></p>',
    );
    expect(json).toEqual({
      type: 'doc',
      content: [paragraph(text('Source', [link('https://example.org/source')]))],
    });
  });

  it('renders tables without inline styles or colgroup', () => {
    const html = generateHTML(
      { type: 'doc', content: [everything.content?.[7] ?? paragraph()] },
      extensions,
    );
    expect(html).toMatch(/^<table><tbody><tr><th/);
    expect(html).not.toMatch(/style=|colgroup/);
  });
});
