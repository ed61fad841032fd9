import { generateHTML, generateJSON } from '@tiptap/html';
import { describe, expect, it } from 'vitest';
import { TiptapDocument } from '../../model/tiptap-document';
import { createExtensions } from '../extensions';

const extensions = createExtensions();
const parseHtml = (html: string): TiptapDocument =>
  TiptapDocument.parse(generateJSON(html, extensions));
const asset = `copydesk-asset:${'cd'.repeat(32)}.png`;
const figure = (attrs: Record<string, string>) => ({
  type: 'doc',
  content: [{ type: 'figure', attrs: { src: '', alt: '', caption: '', credit: '', ...attrs } }],
});

describe('Figure', () => {
  it('renders image, caption and credit', () => {
    expect(
      generateHTML(
        figure({ src: asset, alt: 'Alt', caption: 'Légende', credit: 'AFP' }),
        extensions,
      ),
    ).toBe(
      `<figure data-type="figure"><img src="${asset}" alt="Alt"><figcaption><span class="caption">Légende</span> <span class="credit">AFP</span></figcaption></figure>`,
    );
  });

  it.each([
    [{ src: asset, alt: 'Alt', caption: 'Légende', credit: 'AFP' }],
    [{ src: asset, alt: '', caption: '', credit: '' }],
    [{ src: '', alt: 'En attente', caption: '', credit: 'DR' }],
    [{ src: asset, alt: 'a "quote"', caption: '  espaces  ', credit: '<b>pas du HTML</b>' }],
  ])('parses its own HTML back: %o', (attrs) => {
    const document = figure(attrs);
    expect(parseHtml(generateHTML(document, extensions))).toEqual(document);
  });

  it.each([
    ['https://tripwire.invalid/pixel.gif'],
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['data:image/svg+xml,%3Csvg%20onload%3D1%3E'],
  ])('drops the source %s on parse and render, keeping the caption', (src) => {
    const json = parseHtml(
      `<figure><img src="${src}" alt="Alt"><figcaption>Légende</figcaption></figure>`,
    );
    expect(json.content?.[0]).toEqual({
      type: 'figure',
      attrs: { src: '', alt: 'Alt', caption: 'Légende', credit: '' },
    });
    const html = generateHTML(figure({ src, caption: 'Légende' }), extensions);
    expect(html).toBe(
      '<figure data-type="figure"><figcaption><span class="caption">Légende</span></figcaption></figure>',
    );
  });

  it('reads nothing from attributes on the figure element itself', () => {
    const json = parseHtml('<figure src="https://tripwire.invalid/x.png" caption="123"></figure>');
    expect(json.content?.[0]).toEqual({
      type: 'figure',
      attrs: { src: '', alt: '', caption: '', credit: '' },
    });
  });
});
