import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { TiptapDocument } from '../../model/tiptap-document';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  listDocumentSuggestions,
  rejectAllSuggestions,
  rejectSuggestion,
} from './document-suggestions';

type Mark = NonNullable<JSONContent['marks']>[number];
const ins = (id: string, author = 'Awa'): Mark => ({
  type: 'suggestionInsertion',
  attrs: { id, author, at: '2025-03-01T10:00:00.000Z' },
});
const del = (id: string, author = 'Awa'): Mark => ({
  type: 'suggestionDeletion',
  attrs: { id, author, at: '2025-03-01T10:00:00.000Z' },
});
const bold: Mark = { type: 'bold' };
const link: Mark = {
  type: 'link',
  attrs: {
    href: 'https://example.org',
    target: null,
    rel: 'noopener noreferrer nofollow',
    class: null,
    title: null,
  },
};
const comment: Mark = { type: 'comment', attrs: { threadId: 't1' } };
const text = (value: string, ...marks: Mark[]): JSONContent =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: JSONContent[]): JSONContent =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
const doc = (...content: JSONContent[]): TiptapDocument =>
  ({ type: 'doc', content }) as TiptapDocument;

const plain = (body: TiptapDocument): string[] =>
  (body.content ?? []).map((block) =>
    (block.content ?? []).map((node) => node.text ?? '\n').join(''),
  );

const sample = doc(
  paragraph(text('Le maire '), text('a', del('d1')), text('avait', ins('i1')), text(' annoncé.')),
  paragraph(text('Une '), text('nouvelle ', ins('i2', 'Jean')), text('route.')),
);

describe('listDocumentSuggestions', () => {
  it('lists each suggestion once, in document order, with author, time and text', () => {
    expect(listDocumentSuggestions(sample)).toEqual([
      { id: 'd1', kind: 'deletion', author: 'Awa', at: '2025-03-01T10:00:00.000Z', text: 'a' },
      { id: 'i1', kind: 'insertion', author: 'Awa', at: '2025-03-01T10:00:00.000Z', text: 'avait' },
      {
        id: 'i2',
        kind: 'insertion',
        author: 'Jean',
        at: '2025-03-01T10:00:00.000Z',
        text: 'nouvelle ',
      },
    ]);
  });

  it('joins one suggestion split by other marks, and pieces in two paragraphs with a space', () => {
    const body = doc(
      paragraph(text('Très ', ins('x')), text('bien', ins('x'), bold), text(' dit', ins('x'))),
      paragraph(text('suite', ins('x'))),
    );
    expect(listDocumentSuggestions(body).map((s) => s.text)).toEqual(['Très bien dit suite']);
  });

  it('finds nothing in a body without suggestions', () => {
    expect(listDocumentSuggestions(doc(paragraph(text('Rien.'))))).toEqual([]);
  });
});

describe('accepting and rejecting', () => {
  it('gives the final text when everything is accepted and the original when rejected', () => {
    expect(plain(acceptAllSuggestions(sample))).toEqual([
      'Le maire avait annoncé.',
      'Une nouvelle route.',
    ]);
    expect(plain(rejectAllSuggestions(sample))).toEqual(['Le maire a annoncé.', 'Une route.']);
    expect(listDocumentSuggestions(acceptAllSuggestions(sample))).toEqual([]);
    expect(listDocumentSuggestions(rejectAllSuggestions(sample))).toEqual([]);
  });

  it('settles one suggestion and leaves the others pending', () => {
    const accepted = acceptSuggestion(sample, 'i1');
    expect(plain(accepted)).toEqual(['Le maire aavait annoncé.', 'Une nouvelle route.']);
    expect(listDocumentSuggestions(accepted).map((s) => s.id)).toEqual(['d1', 'i2']);
    const rejected = rejectSuggestion(sample, 'd1');
    expect(plain(rejected)).toEqual(['Le maire aavait annoncé.', 'Une nouvelle route.']);
    expect(listDocumentSuggestions(rejected).map((s) => s.id)).toEqual(['i1', 'i2']);
    expect(plain(rejectSuggestion(sample, 'i2'))).toEqual([
      'Le maire aavait annoncé.',
      'Une route.',
    ]);
  });

  it('merges the text nodes left behind, keeping bold, links and comments', () => {
    const body = doc(
      paragraph(
        text('Un '),
        text('très ', ins('i')),
        text('grand', bold),
        text(' projet', bold, ins('i')),
        text(' de '),
        text('la ville', link, comment, del('d')),
      ),
    );
    expect(acceptAllSuggestions(body).content).toEqual([
      paragraph(text('Un très '), text('grand projet', bold), text(' de ')),
    ]);
    expect(rejectAllSuggestions(body).content).toEqual([
      paragraph(text('Un '), text('grand', bold), text(' de '), text('la ville', link, comment)),
    ]);
  });

  it('rejecting a multi-paragraph insertion also removes the split it made', () => {
    const body = doc(
      paragraph(text('Avant '), text('un', ins('p'))),
      paragraph(text('deux ', ins('p')), text('après')),
    );
    expect(plain(rejectAllSuggestions(body))).toEqual(['Avant après']);
    expect(plain(acceptAllSuggestions(body))).toEqual(['Avant un', 'deux après']);
  });

  it('keeps an empty paragraph when a whole paragraph alone is suggested out', () => {
    const body = doc(paragraph(text('Tout', del('d'))));
    expect(acceptAllSuggestions(body).content).toEqual([paragraph()]);
  });

  it('returns a body without suggestions unchanged', () => {
    const body = doc(paragraph(text('Rien à signaler.')));
    expect(acceptAllSuggestions(body)).toBe(body);
    expect(rejectAllSuggestions(body)).toBe(body);
  });

  it('leaves an unknown id alone', () => {
    expect(acceptSuggestion(sample, 'nope')).toEqual(sample);
  });
});
