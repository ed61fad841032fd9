import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { typographyProfiles } from '../../shared/text/typography-profile';
import { readCorpusFile } from '../../tests/corpus/corpus-files';
import { allNodes, markedTexts, textOf } from './testing/pasted-document';
import { pastedDocument } from './testing/pasted-html';

const pasted = (name: string, french = false): JSONContent =>
  pastedDocument(readCorpusFile('paste', name), french ? typographyProfiles['fr-FR'] : null);

const listShape = (list: JSONContent | undefined): unknown => ({
  type: list?.type,
  items: list?.content?.map((item) => ({
    text: textOf({
      type: 'doc',
      content: item.content?.filter((node) => node.type === 'paragraph'),
    }),
    nested: item.content?.filter((node) => node.type?.endsWith('List')).map(listShape),
  })),
});

const topLevel = (document: JSONContent, type: string): JSONContent[] =>
  document.content?.filter((node) => node.type === type) ?? [];

describe('paste corpus', () => {
  it('Word: lists become real nested bullet and numbered lists, without glyphs', () => {
    const document = pasted('01-word-windows.html');
    const [bullets] = topLevel(document, 'bulletList');
    const [numbers] = topLevel(document, 'orderedList');
    expect(listShape(bullets)).toEqual({
      type: 'bulletList',
      items: [
        { text: 'les tomates se gardent dix jours au lieu de trois\u00a0;', nested: [] },
        {
          text: 'les ventes peuvent attendre le marché hebdomadaire de Dakar\u00a0;',
          nested: [
            {
              type: 'bulletList',
              items: [{ text: 'un camion partagé fait le trajet le samedi\u00a0;', nested: [] }],
            },
          ],
        },
        { text: 'les prix se négocient sans l’urgence de vendre.', nested: [] },
      ],
    });
    expect(numbers?.content?.map((item) => textOf(item))).toEqual([
      'former deux membres à l’entretien des panneaux d’ici juin\u00a0;',
      'ouvrir la chambre froide aux producteurs d’oignons voisins, moyennant 500\u00a0F CFA par caisse et par semaine.',
    ]);
    expect(numbers?.attrs?.start).toBe(1);
    expect(textOf(document)).not.toMatch(/[·§]|\bo\u00a0/);
  });

  it('Word: keeps the final text, bold, superscript and links; drops comments and spacing', () => {
    const document = pasted('01-word-windows.html');
    const text = textOf(document);
    expect(text).toContain('Les vingt maraîchères');
    expect(text).not.toContain('dix-huit');
    expect(text).not.toContain('NCF1');
    expect(text).not.toContain('Vérifier');
    expect(markedTexts(document, 'superscript')).toEqual(['3']);
    expect(markedTexts(document, 'bold')).toContain('dix jours');
    const links = allNodes(document).flatMap((node) => node.marks ?? []);
    expect(
      links.filter((mark) => mark.type === 'link').map((mark) => String(mark.attrs?.href)),
    ).toEqual(['https://www.example.org/cooperatives/rapport-2026.pdf']);
    expect(
      topLevel(document, 'paragraph').filter((paragraph) => textOf(paragraph).trim() === ''),
    ).toEqual([]);
    expect(document.content?.at(-1)?.type).toBe('orderedList');
  });

  it('Google Docs: the guid wrapper is not bold; bold, italic, subscript and lists are kept', () => {
    const document = pasted('02-google-docs.html');
    expect(markedTexts(document, 'bold')).toEqual([
      'KOLDA, Senegal',
      'Village',
      'Connections',
      'Switched on',
    ]);
    expect(markedTexts(document, 'italic')).toEqual([
      'Households pay per kilowatt-hour by mobile money; the operator says the first 900 connections were made in eight weeks.',
      'Reporting by A. Sow; editing by the desk.',
    ]);
    expect(markedTexts(document, 'subscript')).toEqual(['2']);
    expect(document.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    const [bullets] = topLevel(document, 'bulletList');
    expect(listShape(bullets)).toMatchObject({
      items: [
        { nested: [] },
        {
          nested: [
            {
              type: 'bulletList',
              items: [
                { text: 'lithium-iron-phosphate cells, replaced every 8 to 10 years', nested: [] },
              ],
            },
          ],
        },
        { nested: [] },
      ],
    });
    expect(topLevel(document, 'orderedList')).toHaveLength(1);
    const [table] = topLevel(document, 'table');
    expect(table?.content?.map((row) => row.content?.length)).toEqual([3, 3, 3, 3]);
    expect(markedTexts(document, 'underline')).toEqual([]);
    expect(
      topLevel(document, 'paragraph').filter((paragraph) => textOf(paragraph).trim() === ''),
    ).toEqual([]);
  });

  it('LibreOffice: headings, list order and the footnote text are kept', () => {
    const document = pasted('03-libreoffice-writer.html');
    expect(
      topLevel(document, 'heading').map((heading) => [
        Number(heading.attrs?.level),
        textOf(heading),
      ]),
    ).toEqual([
      [2, 'Tanger\u00a0: le festival du court métrage prolonge sa compétition d’une journée'],
      [3, 'Un programme resserré'],
    ]);
    const [list] = topLevel(document, 'orderedList');
    expect(list?.content?.map((item) => textOf(item).split('\u00a0')[0])).toEqual([
      'dimanche',
      'lundi',
      'lundi soir',
    ]);
    const footnote = document.content?.at(-1);
    expect(footnote?.content?.[0]).toEqual({
      type: 'text',
      text: '1',
      marks: [{ type: 'superscript' }],
    });
    expect(textOf(footnote ?? {})).toBe(
      '1 Chiffre communiqué par le service de presse du festival, lundi 8\u00a0juin.',
    );
    expect(markedTexts(document, 'bold')).toContain('[À VÉRIFIER\u00a0: montant exact du surcoût]');
  });

  it('news page: the article is kept; navigation, ads, forms and trackers are gone', () => {
    const document = pasted('04-news-website.html');
    const text = textOf(document);
    for (const kept of [
      'Bamako\u00a0: trois quartiers privés d’eau',
      'Les techniciens espèrent rétablir',
      'Par Fatoumata Koné',
      'Les robinets sont à sec',
      'Des citernes aux points d’eau',
      'On fait la queue dès l’aube',
      'points d’eau publics',
      'notre dossier consacré à l’eau potable',
    ])
      expect(text).toContain(kept);
    for (const dropped of [
      'Politique',
      'Publicité',
      'Accueil',
      'Partager',
      'Copier le lien',
      'Lire aussi',
      'Mots-clés',
      'Je m’inscris',
      'Laisser un commentaire',
      'Tous droits réservés',
      'pwned',
    ])
      expect(text).not.toContain(dropped);
    expect(topLevel(document, 'figure')).toEqual([
      {
        type: 'figure',
        attrs: {
          src: '',
          alt: 'Des habitants remplissent des bidons devant un camion-citerne',
          caption: 'Des habitants remplissent leurs bidons devant un camion-citerne, mardi matin.',
          credit: '© Photo\u00a0: Issa Traoré / Le Quotidien Exemple',
        },
      },
    ]);
    const hrefs = allNodes(document)
      .flatMap((node) => node.marks ?? [])
      .filter((mark) => mark.type === 'link')
      .map((mark) => String(mark.attrs?.href));
    expect(hrefs.every((href) => href.startsWith('https://www.quotidien-exemple.example/'))).toBe(
      true,
    );
    expect(hrefs).toContain('https://www.quotidien-exemple.example/dossiers/eau-potable/');
  });

  it('keeps passages in another language as language marks (Word, LibreOffice, web editor)', () => {
    const passages = (name: string) =>
      allNodes(pasted(name, true)).flatMap((node) =>
        (node.marks ?? [])
          .filter((mark) => mark.type === 'language')
          .map((mark) => [String(mark.attrs?.lang), node.text]),
      );
    expect(passages('01-word-windows.html')).toEqual([
      ['en-US', '“We wanted a system the women can repair themselves”'],
    ]);
    expect(passages('03-libreoffice-writer.html')).toEqual([
      ['en-GB', '«\u00a0who has cut more shorts than features\u00a0»'],
    ]);
    expect(passages('07-french-typography.html')).toEqual([
      ['en', '"Is anyone listening? The boats are still on the sand!"'],
    ]);
  });

  it('keeps the words of a factbox (aside), not those of a related-links box', () => {
    const document = pastedDocument(
      '<p>Le port rouvre lundi.</p><aside><h4>Repères</h4><p>1998 : premier chantier.</p></aside>' +
        '<aside class="related-box"><p>Lire aussi : la digue</p></aside>',
      null,
    );
    const text = textOf(document);
    expect(text).toContain('Repères');
    expect(text).toContain('1998 : premier chantier.');
    expect(text).not.toContain('Lire aussi');
  });

  it('applies French typography only when asked, never inside URLs, code or English', () => {
    const plain = textOf(pasted('07-french-typography.html'));
    const french = textOf(pasted('07-french-typography.html', true));
    expect(plain).toContain('Essaouira: les');
    expect(french).toContain('Essaouira\u00a0: les');
    expect(french).toContain('trois ans\u202f!');
    expect(french).toContain('«\u202fOn perd deux ou trois bateaux par hiver\u202f»');
    expect(french).toContain('l’Etat');
    expect(french).toContain('https://peche.example.org/etude-2025?region=souss;annee=2025');
    expect(french).toContain('contact@peche.example.org');
    expect(french).toContain('grep -c ";" rapport.txt');
    expect(french).toContain('"Is anyone listening? The boats are still on the sand!"');
    expect(french).toContain('10:30');
  });
});
