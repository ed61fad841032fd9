import { describe, expect, it } from 'vitest';
import type { TiptapDocument, TiptapNode } from '../model/tiptap-document';
import type { DiffBlock } from './diff-block';
import { countDiffWords } from './diff-counts';
import { diffDocuments } from './diff-documents';

const paragraph = (text: string): TiptapNode => ({
  type: 'paragraph',
  content: text === '' ? undefined : [{ type: 'text', text }],
});
const doc = (...texts: string[]): TiptapDocument => ({
  type: 'doc',
  content: texts.map(paragraph),
});

/** A compact picture of the result: "=" same, "~" changed, "+" inserted, "-" deleted. */
const shape = (blocks: DiffBlock[]) =>
  blocks.map((block) => {
    const sign = { same: '=', changed: '~', inserted: '+', deleted: '-' }[block.kind];
    return `${sign}${block.parts.map((part) => ({ same: '', inserted: '+', deleted: '-' })[part.kind] + `[${part.text}]`).join('')}`;
  });

const first = 'Les chauffeurs ont été libérés samedi à Bamako.';
const second = 'Le ministre a salué la médiation du Maroc.';
const third = 'Une enquête est ouverte sur les circonstances de l’enlèvement.';

describe('diffDocuments', () => {
  it.each([
    {
      name: 'identical documents: every block the same',
      before: doc(first, second, third),
      after: doc(first, second, third),
      expected: [`=[${first}]`, `=[${second}]`, `=[${third}]`],
    },
    {
      name: 'one word changed: deleted then inserted inside the paragraph',
      before: doc(first, second),
      after: doc('Les chauffeurs ont été libérés dimanche à Bamako.', second),
      expected: [
        '~[Les chauffeurs ont été libérés ]-[samedi]+[dimanche][ à Bamako.]',
        `=[${second}]`,
      ],
    },
    {
      name: 'paragraph inserted',
      before: doc(first, third),
      after: doc(first, second, third),
      expected: [`=[${first}]`, `++[${second}]`, `=[${third}]`],
    },
    {
      name: 'paragraph deleted',
      before: doc(first, second, third),
      after: doc(first, third),
      expected: [`=[${first}]`, `--[${second}]`, `=[${third}]`],
    },
    {
      name: 'paragraph moved: deleted where it was, inserted where it went',
      before: doc(first, second, third),
      after: doc(second, third, first),
      expected: [`--[${first}]`, `=[${second}]`, `=[${third}]`, `++[${first}]`],
    },
    {
      name: 'French elision: "l’État" is one word',
      before: doc('Selon l’État malien, tout va bien.'),
      after: doc('Selon l’Etat malien, tout va bien.'),
      expected: ['~[Selon ]-[l’État]+[l’Etat][ malien, tout va bien.]'],
    },
    {
      name: 'an unrelated paragraph replacing another is a deletion and an insertion, not an edit',
      before: doc(first, second),
      after: doc(first, 'Météo : pluies attendues sur la capitale.'),
      expected: [`=[${first}]`, `--[${second}]`, '++[Météo : pluies attendues sur la capitale.]'],
    },
    {
      name: 'an edited paragraph next to an inserted one pairs with its own new version',
      before: doc(first, second),
      after: doc(
        first,
        'Un paragraphe tout neuf.',
        'Le ministre a salué hier la médiation du Maroc.',
      ),
      expected: [
        `=[${first}]`,
        '++[Un paragraphe tout neuf.]',
        '~[Le ministre a salué ]+[hier ][la médiation du Maroc.]',
      ],
    },
  ])('$name', ({ before, after, expected }) => {
    expect(shape(diffDocuments(before, after))).toEqual(expected);
  });

  it('reports a marks-only change as a changed block with formatting changed and no text change', () => {
    const before = doc(first);
    const after: TiptapDocument = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Les chauffeurs ont été ' },
            { type: 'text', text: 'libérés', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' samedi à Bamako.' },
          ],
        },
      ],
    };
    const [block] = diffDocuments(before, after);
    expect(block).toMatchObject({
      kind: 'changed',
      formattingChanged: true,
      oldIndex: 0,
      newIndex: 0,
    });
    expect(block?.parts).toEqual([{ kind: 'same', text: first }]);
  });

  it('keeps the indexes of both sides', () => {
    const blocks = diffDocuments(doc(first, second, third), doc(first, third, 'Fin.'));
    expect(blocks.map(({ kind, oldIndex, newIndex }) => ({ kind, oldIndex, newIndex }))).toEqual([
      { kind: 'same', oldIndex: 0, newIndex: 0 },
      { kind: 'deleted', oldIndex: 1, newIndex: undefined },
      { kind: 'same', oldIndex: 2, newIndex: 1 },
      { kind: 'inserted', oldIndex: undefined, newIndex: 2 },
    ]);
  });

  it('counts the words added and removed', () => {
    const blocks = diffDocuments(
      doc(first, second),
      doc('Les chauffeurs ont été libérés dimanche à Bamako.', second, 'Deux mots.'),
    );
    expect(countDiffWords(blocks)).toEqual({ added: 3, removed: 1 });
  });

  it('compares two 20,000-word documents with scattered edits', () => {
    const sentence = (index: number) =>
      `Paragraphe ${index} : l’armée malienne et les autorités de transition ont annoncé des mesures pour la région, selon un communiqué lu à la télévision nationale jeudi soir.`;
    const texts = Array.from({ length: 800 }, (_, index) => sentence(index));
    const edited = texts.map((text, index) =>
      index % 50 === 7 ? text.replace('jeudi', 'vendredi') : text,
    );
    edited.splice(400, 1);
    const blocks = diffDocuments(doc(...texts), doc(...edited));
    expect(blocks).toHaveLength(800);
    expect(
      blocks.filter((block) => block.kind === 'deleted').map((block) => block.oldIndex),
    ).toEqual([400]);
    expect(blocks.filter((block) => block.kind === 'changed')).toHaveLength(16);
    expect(countDiffWords(blocks)).toEqual({ added: 16, removed: 16 + 26 });
  });
});
