import type { Article } from '../../../../shared/model/article';
import { addAsset } from '../../assets/asset-store';
import { samplePng } from '../../assets/testing/sample-images';
import type { Library } from '../../library/library';
import { reporter } from '../../library/testing/open-test-library';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (value: string) => ({ type: 'paragraph', content: [text(value)] });
const cell = (type: string, value: string) => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [paragraph(value)],
});

export const editor = { name: 'Chef Ndiaye', role: 'editor' };

/**
 * An article moved to `status` by an editor: headline, standfirst, slug, section, tags, a byline,
 * `images` pictures in the library (each with alt text, caption and credit), a pull quote and
 * a table.
 */
export const publishableArticle = (
  library: Library,
  options: {
    status: 'approved' | 'published';
    images?: number;
    slug?: string;
    embargo?: string | null;
    bylines?: string[];
    /** The PNG bytes of picture `index` (small flat pictures otherwise). */
    imageBytes?: (index: number) => Buffer;
  },
): Article => {
  const figures = Array.from({ length: options.images ?? 2 }, (_, index) => ({
    type: 'figure',
    attrs: {
      src: addAsset(
        library.path,
        options.imageBytes?.(index) ?? samplePng(64 + index, 48, index + 1),
        'image/png',
      ).src,
      alt: `Photo ${index + 1} : la scène`,
      caption: `Légende ${index + 1}`,
      credit: `Photographe ${index + 1}`,
    },
  }));
  const [first, ...others] = figures;
  const created = library.create(
    {
      headline: 'Le théâtre rouvre ses portes',
      standfirst: 'Après deux ans de travaux, la salle accueille à nouveau le public.',
      slug: options.slug ?? 'le-theatre-rouvre',
      section: 'Culture & loisirs',
      tags: ['Théâtre', 'Lyon'],
      bylines: (options.bylines ?? ['Awa Diop']).map((name) => ({ name, role: 'author' })),
      embargo: options.embargo ?? null,
      body: {
        type: 'doc',
        content: [
          paragraph('Le rideau s’est levé samedi soir.'),
          ...(first === undefined ? [] : [first]),
          {
            type: 'pullQuote',
            attrs: { attribution: 'La directrice' },
            content: [paragraph('Nous avons tenu bon.')],
          },
          {
            type: 'table',
            content: [
              {
                type: 'tableRow',
                content: [cell('tableHeader', 'Saison'), cell('tableHeader', 'Spectacles')],
              },
              { type: 'tableRow', content: [cell('tableCell', '2026'), cell('tableCell', '42')] },
            ],
          },
          ...others,
          paragraph('Fin.'),
        ],
      },
    },
    reporter,
  );
  let article = library.setStatus(
    { id: created.id, baseRevision: created.revision, status: 'submitted', note: '' },
    reporter,
  );
  article = library.setStatus(
    { id: article.id, baseRevision: article.revision, status: 'approved', note: '' },
    editor,
  );
  if (options.status === 'approved') return article;
  // Publishing before the embargo takes an editor's override; WordPress then holds it back.
  const override = options.embargo == null ? {} : { override: { reason: 'Scheduled on the site' } };
  return library.setStatus(
    { id: article.id, baseRevision: article.revision, status: 'published', note: '', ...override },
    editor,
  );
};
