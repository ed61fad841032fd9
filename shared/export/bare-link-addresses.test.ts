import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../model/tiptap-document';
import { bareLinkAddresses } from './bare-link-addresses';
import { toSchemaDocument } from './to-schema-document';

const link = (text: string, href: string, more: TiptapNode['marks'] = []): TiptapNode => ({
  type: 'text',
  text,
  marks: [...(more ?? []), { type: 'link', attrs: { href } }],
});

const addresses = (...content: TiptapNode[]) =>
  [
    ...bareLinkAddresses(
      toSchemaDocument({ type: 'doc', content: [{ type: 'paragraph', content }] }),
    ),
  ].sort();

describe('bareLinkAddresses', () => {
  it('finds links whose text is their address, with or without scheme, www or final slash', () => {
    expect(
      addresses(
        link('https://example.org/a', 'https://example.org/a'),
        { type: 'text', text: ' et ' },
        link('www.Example.org', 'https://www.example.org/'),
        { type: 'text', text: ' ou ' },
        link('redaction@example.org', 'mailto:redaction@example.org'),
      ),
    ).toEqual(
      ['https://www.example.org/', 'https://example.org/a', 'mailto:redaction@example.org'].sort(),
    );
  });

  it('leaves out links with words, and reads a link split by a mark as one', () => {
    expect(addresses(link('le rapport', 'https://example.org/r'))).toEqual([]);
    expect(
      addresses(
        link('https://example.org/', 'https://example.org/b'),
        link('b', 'https://example.org/b', [{ type: 'bold' }]),
      ),
    ).toEqual(['https://example.org/b']);
    expect(addresses(link('https://example.org/', 'https://example.org/b'))).toEqual([]);
  });
});
