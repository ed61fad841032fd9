import { generateHTML, generateJSON } from '@tiptap/html';
import { describe, expect, it } from 'vitest';
import { TiptapDocument } from '../../model/tiptap-document';
import { createExtensions } from '../extensions';

const extensions = createExtensions();
const parseHtml = (html: string): TiptapDocument =>
  TiptapDocument.parse(generateJSON(html, extensions));
const quote = (attribution: string) => ({
  type: 'doc',
  content: [
    {
      type: 'pullQuote',
      attrs: { attribution },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nous tiendrons.' }] }],
    },
  ],
});

describe('PullQuote', () => {
  it('renders an aside with the quotation and the attribution', () => {
    expect(generateHTML(quote('La ministre'), extensions)).toBe(
      '<aside class="pull-quote" data-type="pull-quote"><blockquote><p>Nous tiendrons.</p></blockquote><cite>La ministre</cite></aside>',
    );
  });

  it('omits the cite without an attribution', () => {
    expect(generateHTML(quote(''), extensions)).toBe(
      '<aside class="pull-quote" data-type="pull-quote"><blockquote><p>Nous tiendrons.</p></blockquote></aside>',
    );
  });

  it('parses its own HTML back, markup in the attribution staying text', () => {
    for (const attribution of ['', 'La ministre', ' <img src=x onerror=alert(1)> ']) {
      const document = quote(attribution);
      expect(parseHtml(generateHTML(document, extensions))).toEqual(document);
    }
  });

  it('leaves a plain blockquote a blockquote', () => {
    const json = parseHtml('<blockquote><p>Citation.</p></blockquote>');
    expect(json.content?.[0]?.type).toBe('blockquote');
  });
});
