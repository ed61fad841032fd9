import { describe, expect, it } from 'vitest';
import type { TiptapDocument, TiptapNode } from '../../../../shared/model/tiptap-document';
import { countDocument } from '../../../../shared/text/count-document';
import { countDocumentCached } from './count-document-cached';
import { seededRandom } from '../durability/seeded-random';

const pieces = [
  'l’État',
  ' ',
  '\u00A0',
  '\u202F',
  '10',
  ' 000',
  'peut-être',
  'e\u0301',
  '\u0301',
  '👩‍💻',
  '🇫🇷',
  '\r',
  '\n',
  '\r\n',
  '« ',
  ' »',
  '—',
  '45 %',
  'Goïta',
  'x',
  '',
  '\t',
  '한',
  '.',
];

const randomDocument = (random: () => number): TiptapDocument => {
  const piece = (): string => pieces[Math.floor(random() * pieces.length)]!;
  const block = (): TiptapNode => {
    if (random() < 0.1) return { type: 'horizontalRule' };
    const content: TiptapNode[] = Array.from({ length: Math.floor(random() * 6) }, () =>
      random() < 0.15
        ? { type: 'hardBreak' }
        : {
            type: 'text',
            text: Array.from({ length: 1 + Math.floor(random() * 5) }, piece).join(''),
            ...(random() < 0.1 && { marks: [{ type: 'suggestionDeletion' }] }),
          },
    );
    return random() < 0.2
      ? {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content }] }],
        }
      : { type: 'paragraph', content };
  };
  return { type: 'doc', content: Array.from({ length: Math.floor(random() * 8) }, block) };
};

describe('countDocumentCached', () => {
  it('counts the final text, as countDocument does (the list agrees with the status bar)', () => {
    const struck = [{ type: 'suggestionDeletion', attrs: { id: 's1', author: 'Awa', at: '' } }];
    const doc: TiptapDocument = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Rendez-vous ' },
            { type: 'text', text: 'samedi ', marks: struck },
            { type: 'text', text: 'au stade.' },
          ],
        },
      ],
    };
    expect(countDocumentCached(doc)).toEqual(countDocument(doc));
    expect(countDocumentCached(doc).words).toBe(3);
  });

  it('gives exactly what countDocument gives, for 1,000 random documents counted twice', () => {
    const random = seededRandom(42);
    for (let round = 0; round < 1_000; round += 1) {
      const doc = randomDocument(random);
      const expected = countDocument(doc);
      const context = JSON.stringify(doc);
      expect(countDocumentCached(doc), context).toEqual(expected);
      expect(countDocumentCached(doc), context).toEqual(expected);
    }
  });

  it('counts an edited long article like a fresh count', () => {
    const paragraph = (text: string): TiptapNode => ({
      type: 'paragraph',
      content: [{ type: 'text', text }],
    });
    const long = Array.from({ length: 300 }, (_, index) =>
      paragraph(`Paragraphe ${index} : 10 000 mots, l’État.`),
    );
    countDocumentCached({ type: 'doc', content: long });
    const edited: TiptapDocument = {
      type: 'doc',
      content: [paragraph('Nouveau début\u202F!'), ...long.slice(1)],
    };
    expect(countDocumentCached(edited)).toEqual(countDocument(edited));
  });
});
