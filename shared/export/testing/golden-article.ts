import type { Article } from '../../model/article';
import type { TiptapNode } from '../../model/tiptap-document';

const text = (value: string, marks?: TiptapNode['marks']): TiptapNode =>
  marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks };
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const item = (...content: TiptapNode[]): TiptapNode => ({ type: 'listItem', content });
const link = (href: string) => [{ type: 'link', attrs: { href } }];
const cell = (type: 'tableCell' | 'tableHeader', value: string): TiptapNode => ({
  type,
  content: [paragraph(text(value))],
});

export const assetSource = `copydesk-asset:${'ab'.repeat(32)}.jpg`;

/** A French article with the typography and every block the schema has. */
export const goldenArticle: Article = {
  id: '7d0c6a4e-1f6b-4c3e-9a59-3f0b0b8c2d11',
  headline: 'Grève\u00a0: « la mobilisation continue\u202f»',
  seoTitle: '',
  socialTitle: '',
  metaDescription: '',
  standfirst: 'Les syndicats appellent à une nouvelle journée\u00a0; le gouvernement temporise.',
  slug: 'greve-la-mobilisation-continue',
  section: 'Société',
  tags: ['social', 'retraites'],
  bylines: [
    { name: 'Camille Martin', role: 'author', affiliation: 'Service France' },
    { name: 'Léa Dubois', role: 'photographer' },
  ],
  dateline: { place: 'Marseille', date: '2024-03-07' },
  language: 'fr',
  deadline: null,
  embargo: null,
  targetLength: null,
  typography: true,
  editorialNote: 'NOTE-INTERNE: vérifier le chiffre de la CGT',
  status: 'approved',
  counts: { words: 120, signes: 800, signesWithoutSpaces: 650 },
  createdAt: '2024-03-07T08:15:00.000+01:00',
  updatedAt: '2024-03-07T10:40:00.000+01:00',
  revision: 4,
  trashedAt: null,
  comments: [],
  handoffs: [],
  conflict: null,
  body: {
    type: 'doc',
    content: [
      paragraph(
        text('Selon la préfecture, 12\u202f000 personnes ont défilé\u00a0; '),
        text('la CGT', [{ type: 'bold' }]),
        text(' en annonce 40\u202f000. Le 1'),
        text('er', [{ type: 'superscript' }]),
        text(' cortège est parti à 10\u00a0h. Émissions de CO'),
        text('2', [{ type: 'subscript' }]),
        text(' : voir '),
        text('le rapport', link('https://www.example.org/rapport?annee=2024&page=2')),
        text(' ou écrire à '),
        text('la rédaction', link('mailto:redaction@example.org')),
        text('.'),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('Un parcours sous tension')] },
      {
        type: 'bulletList',
        content: [
          item(paragraph(text('Départ du Vieux-Port')), {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [item(paragraph(text('La Canebière'))), item(paragraph(text('Castellane')))],
          }),
          item(paragraph(text('Arrivée au '), text('Prado', [{ type: 'italic' }]))),
        ],
      },
      {
        type: 'pullQuote',
        attrs: { attribution: 'Une manifestante, enseignante' },
        content: [paragraph(text('«\u00a0Nous ne lâcherons rien\u00a0»'))],
      },
      {
        type: 'figure',
        attrs: {
          src: assetSource,
          alt: 'Le cortège sur la Canebière',
          caption: 'Le cortège, jeudi matin.',
          credit: 'Léa Dubois / Copydesk',
        },
      },
      { type: 'heading', attrs: { level: 3 }, content: [text('Les chiffres')] },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [cell('tableHeader', 'Source'), cell('tableHeader', 'Manifestants')],
          },
          {
            type: 'tableRow',
            content: [cell('tableCell', 'Préfecture'), cell('tableCell', '12\u202f000')],
          },
          {
            type: 'tableRow',
            content: [cell('tableCell', 'CGT'), cell('tableCell', '40\u202f000')],
          },
        ],
      },
      { type: 'blockquote', content: [paragraph(text('Le mouvement se poursuivra.'))] },
      { type: 'horizontalRule' },
      paragraph(text('Avec '), text('AFP', [{ type: 'italic' }]), text('.')),
    ],
  },
};
