import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import type { TiptapDocument, TiptapMark, TiptapNode } from '../model/tiptap-document';
import { createExtensions } from './extensions';
import { sanitiseDocumentLinks } from './sanitise-document-links';

const linked = (text: string, href: unknown, extraMarks: TiptapMark[] = []): TiptapNode => ({
  type: 'paragraph',
  content: [
    {
      type: 'text',
      text,
      marks: [...extraMarks, { type: 'link', attrs: { href, target: '_blank', class: null } }],
    },
  ],
});

describe('sanitiseDocumentLinks', () => {
  it('removes a javascript: link mark from imported JSON and keeps the text (corpus 47)', () => {
    const imported: TiptapDocument = {
      type: 'doc',
      content: [linked('Lire la suite', 'javascript:window.__pwned=1')],
    };
    expect(sanitiseDocumentLinks(imported)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lire la suite' }] }],
    });
  });

  it.each([
    ['JaVaScRiPt:x'],
    ['java\tscript:x'],
    ['&#106;avascript:x'],
    ['data:text/html,x'],
    [42],
    [null],
  ])('removes the link %s and keeps other marks', (href) => {
    const result = sanitiseDocumentLinks({
      type: 'doc',
      content: [linked('t', href, [{ type: 'bold' }])],
    });
    expect(result.content?.[0]?.content?.[0]).toEqual({
      type: 'text',
      text: 't',
      marks: [{ type: 'bold' }],
    });
  });

  it('keeps allowed links, normalised, without target', () => {
    const result = sanitiseDocumentLinks({
      type: 'doc',
      content: [linked('t', ' HTTPS://Example.org/é')],
    });
    expect(result.content?.[0]?.content?.[0]?.marks).toEqual([
      {
        type: 'link',
        attrs: {
          href: 'https://example.org/%C3%A9',
          target: null,
          rel: 'noopener noreferrer nofollow',
          class: null,
          title: null,
        },
      },
    ]);
  });

  it('clears figure sources outside the image allowlist, deep in the tree', () => {
    const figure = {
      type: 'figure',
      attrs: { src: 'https://tripwire.invalid/x.png', alt: 'a', caption: 'c', credit: 'd' },
    };
    const result = sanitiseDocumentLinks({
      type: 'doc',
      content: [
        { type: 'pullQuote', content: [{ type: 'paragraph' }] },
        { type: 'blockquote', content: [figure] },
      ],
    });
    expect(result.content?.[1]?.content?.[0]).toEqual({
      ...figure,
      attrs: { ...figure.attrs, src: '' },
    });
  });

  it('does not modify its input, and its output fits the schema', () => {
    const imported: TiptapDocument = {
      type: 'doc',
      content: [linked('a', 'https://example.org/'), linked('b', 'vbscript:x')],
    };
    const before = structuredClone(imported);
    const result = sanitiseDocumentLinks(imported);
    expect(imported).toEqual(before);
    const node = ProseMirrorNode.fromJSON(getSchema(createExtensions()), result);
    expect(() => node.check()).not.toThrow();
  });
});
