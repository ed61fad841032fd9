import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/errors/error-code';
import { statuses } from '../../shared/model/status';
import { catalogs } from '../../shared/i18n/catalogs';

type Catalog = {
  errors: Record<string, string>;
  status: { label: string; values: Record<string, string> };
  headline: { label: string };
  body: { label: string };
  save: { label: string; saving: string; saved: string };
  delete: { button: string };
};
const resources = catalogs;
const english = resources.en.editor as unknown as Catalog;
const french = resources.fr.editor as unknown as Catalog;

const valuesOf = (value: unknown): string[] =>
  typeof value === 'object' && value !== null
    ? Object.values(value).flatMap(valuesOf)
    : [String(value)];

describe('editor catalog', () => {
  it.each(errorCodes)('explains the save error %s in human words in both languages', (code) => {
    expect(english.errors[code]).toMatch(/\w{3}/);
    expect(french.errors[code]).toMatch(/\w{3}/);
    expect(french.errors[code]).not.toBe(english.errors[code]);
  });

  it('names the six statuses as the newsroom does', () => {
    expect(statuses.map((status) => french.status.values[status])).toEqual([
      'Brouillon',
      'Soumis',
      'Modifications demandées',
      'Validé',
      'Publié',
      'Abandonné',
    ]);
    expect(Object.keys(english.status.values)).toEqual([...statuses]);
  });

  it('uses the fixed accessible names of the UI contract', () => {
    expect([
      english.headline.label,
      english.body.label,
      english.save.label,
      english.status.label,
    ]).toEqual(['Headline', 'Article body', 'Save status', 'Status']);
    expect([
      french.headline.label,
      french.body.label,
      french.save.label,
      french.status.label,
    ]).toEqual(['Titre', 'Corps de l’article', 'État de l’enregistrement', 'Statut']);
    expect([english.delete.button, french.delete.button]).toEqual([
      'Delete article',
      'Supprimer l’article',
    ]);
    expect([french.save.saving, french.save.saved]).toEqual(['Enregistrement…', 'Enregistré']);
  });

  it('follows French typography', () => {
    for (const text of valuesOf(french)) {
      expect(text, text).not.toMatch(/[^\u202f][;!?»]|«[^\u202f]/u);
      // "hh:mm" is a time pattern, not punctuation.
      expect(text, text).not.toMatch(/[^\u00a0]:(?!mm\b)/u);
      expect(text, text).not.toMatch(/\.\.\./);
      expect(text, text).not.toContain("'");
    }
  });
});
