import { describe, expect, it } from 'vitest';
import type { TiptapDocument, TiptapNode } from '../model/tiptap-document';
import { documentText } from './document-text';

const text = (value: string, bold = false): TiptapNode =>
  bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value };
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });

describe('documentText', () => {
  it('concatenates text within a block and separates blocks with a line break', () => {
    const doc: TiptapDocument = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Mali–Maroc')] },
        paragraph(text('Des chauffeurs '), text('marocains', true), text(' enlevés.')),
      ],
    };
    expect(documentText(doc)).toBe('Mali–Maroc\nDes chauffeurs marocains enlevés.');
  });

  it('turns a hard break into a line break and keeps empty blocks as empty lines', () => {
    const doc: TiptapDocument = {
      type: 'doc',
      content: [
        paragraph(text('un'), { type: 'hardBreak' }, text('deux')),
        { type: 'paragraph' },
        paragraph(text('trois')),
      ],
    };
    expect(documentText(doc)).toBe('un\ndeux\n\ntrois');
  });

  it('walks nested lists, quotes and tables in order', () => {
    const doc: TiptapDocument = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                paragraph(text('a')),
                {
                  type: 'orderedList',
                  content: [{ type: 'listItem', content: [paragraph(text('b'))] }],
                },
              ],
            },
            { type: 'listItem', content: [paragraph(text('c'))] },
          ],
        },
        { type: 'blockquote', content: [paragraph(text('d'))] },
        { type: 'horizontalRule' },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [paragraph(text('e'))] },
                { type: 'tableCell', content: [paragraph(text('f'))] },
              ],
            },
          ],
        },
      ],
    };
    expect(documentText(doc)).toBe('a\nb\nc\nd\n\ne\nf');
  });

  it('returns an empty string for an empty document', () => {
    expect(documentText({ type: 'doc' })).toBe('');
    expect(documentText({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });

  it('handles a 20,000-word document and deep nesting without overflowing', () => {
    const words = 'Le président Goïta a reçu la délégation du Sénégal hier soir. ';
    const doc: TiptapDocument = {
      type: 'doc',
      content: Array.from({ length: 2_000 }, () => paragraph(text(words))),
    };
    expect(documentText(doc).length).toBe(2_000 * words.length + 1_999);

    let deep: TiptapNode = paragraph(text('fond'));
    for (let level = 0; level < 50_000; level += 1) deep = { type: 'blockquote', content: [deep] };
    expect(documentText({ type: 'doc', content: [deep] })).toBe('fond');
  });
});
