import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../model/tiptap-document';
import { countDocument } from './count-document';

const paragraph = (value?: string): TiptapNode =>
  value === undefined
    ? { type: 'paragraph' }
    : { type: 'paragraph', content: [{ type: 'text', text: value }] };

describe('countDocument', () => {
  it('counts the final text: struck suggested text is left out, inserted text counted', () => {
    const mark = (type: string) => [{ type, attrs: { id: 's1', author: 'Awa', at: '' } }];
    const counts = countDocument({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Rendez-vous ' },
            { type: 'text', text: 'samedi', marks: mark('suggestionDeletion') },
            { type: 'text', text: 'vendredi', marks: mark('suggestionInsertion') },
            { type: 'text', text: '.' },
          ],
        },
      ],
    });
    expect(counts).toEqual(
      countDocument({ type: 'doc', content: [paragraph('Rendez-vous vendredi.')] }),
    );
  });

  it('counts each block separator as one space and ignores empty blocks', () => {
    const counts = countDocument({
      type: 'doc',
      content: [
        paragraph('l’État'),
        paragraph(),
        paragraph('10\u202F000 euros'),
        { type: 'horizontalRule' },
      ],
    });
    expect(counts).toEqual({ words: 3, signes: 6 + 1 + 12, signesWithoutSpaces: 6 + 10 });
  });

  it('counts the final text: words suggested out are neither counted nor joined', () => {
    const counts = countDocument({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Rendez-vous ' },
            { type: 'text', text: 'samedi', marks: [{ type: 'suggestionDeletion' }] },
            { type: 'text', text: 'vendredi', marks: [{ type: 'suggestionInsertion' }] },
            { type: 'text', text: ' à Bamako' },
          ],
        },
      ],
    });
    expect(counts.words).toBe(4);
    expect(counts.signes).toBe('Rendez-vous vendredi à Bamako'.length);
  });

  it('does not join words or numbers across blocks', () => {
    expect(
      countDocument({ type: 'doc', content: [paragraph('peut'), paragraph('-être')] }).words,
    ).toBe(2);
    expect(countDocument({ type: 'doc', content: [paragraph('10'), paragraph('000')] }).words).toBe(
      2,
    );
  });

  it('counts a hard break as one space', () => {
    const counts = countDocument({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a' },
            { type: 'hardBreak' },
            { type: 'text', text: 'b' },
          ],
        },
      ],
    });
    expect(counts).toEqual({ words: 2, signes: 3, signesWithoutSpaces: 2 });
  });

  it('counts an empty document as zero', () => {
    expect(countDocument({ type: 'doc', content: [paragraph()] })).toEqual({
      words: 0,
      signes: 0,
      signesWithoutSpaces: 0,
    });
  });
});
