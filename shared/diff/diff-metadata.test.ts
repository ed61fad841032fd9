import { describe, expect, it } from 'vitest';
import type { ComparedMetadata } from './diff-metadata';
import { diffMetadata } from './diff-metadata';

const base: ComparedMetadata = {
  headline: 'Mali–Maroc : des chauffeurs marocains enlevés',
  seoTitle: '',
  socialTitle: '',
  metaDescription: '',
  standfirst: 'Quatre chauffeurs ont été enlevés.',
  slug: 'mali-maroc-des-chauffeurs-marocains-enleves',
  section: 'Afrique',
  tags: ['Mali', 'Maroc'],
  bylines: [{ name: 'Awa Diallo', role: 'author' }],
  dateline: { place: 'Bamako', date: '2025-03-12' },
  language: 'fr',
  deadline: null,
  embargo: null,
  targetLength: { value: 600, unit: 'words' },
  editorialNote: '',
  status: 'draft',
};

describe('diffMetadata', () => {
  it('finds nothing between equal states', () => {
    expect(diffMetadata(base, JSON.parse(JSON.stringify(base)) as ComparedMetadata)).toEqual([]);
  });

  it.each([
    ['headline', { headline: 'Mali : les chauffeurs libérés' }],
    ['standfirst', { standfirst: '' }],
    ['slug', { slug: 'mali-chauffeurs' }],
    ['section', { section: 'Monde' }],
    ['bylines', { bylines: [{ name: 'Awa Diallo', role: 'author' as const, affiliation: 'AFP' }] }],
    ['dateline', { dateline: { place: 'Bamako', date: '2025-03-13' } }],
    ['language', { language: 'en' }],
    ['deadline', { deadline: '2025-03-12T18:00:00Z' }],
    ['embargo', { embargo: '2025-03-13T06:00:00Z' }],
    ['targetLength', { targetLength: { value: 600, unit: 'signes' as const } }],
    ['editorialNote', { editorialNote: 'Vérifier le nombre de chauffeurs.' }],
    ['status', { status: 'submitted' as const }],
  ])('lists a change of %s with both values', (field, change) => {
    const after = { ...base, ...change };
    expect(diffMetadata(base, after)).toEqual([
      {
        field,
        before: base[field as keyof ComparedMetadata],
        after: after[field as keyof ComparedMetadata],
      },
    ]);
  });

  it('lists the tags added and removed', () => {
    expect(diffMetadata(base, { ...base, tags: ['Maroc', 'Sahel', 'Otages'] })).toEqual([
      {
        field: 'tags',
        before: ['Mali', 'Maroc'],
        after: ['Maroc', 'Sahel', 'Otages'],
        added: ['Sahel', 'Otages'],
        removed: ['Mali'],
      },
    ]);
  });

  it('ignores key order inside objects and lists changes in a fixed order', () => {
    const after: ComparedMetadata = {
      ...base,
      status: 'approved',
      headline: 'Nouveau titre',
      dateline: { date: '2025-03-12', place: 'Bamako' },
    };
    expect(diffMetadata(base, after).map((change) => change.field)).toEqual(['headline', 'status']);
  });
});
