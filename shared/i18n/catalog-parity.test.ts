import { describe, expect, it } from 'vitest';
import { catalogs } from './catalogs';
import { namespacesOf } from './namespaces-of';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) =>
        keysOf(child, prefix ? `${prefix}.${key}` : key),
      )
    : [prefix.replace(pluralSuffix, '')];

const valuesOf = (value: unknown): string[] =>
  typeof value === 'object' && value !== null
    ? Object.values(value).flatMap(valuesOf)
    : [String(value)];

const resources: Record<string, Record<string, unknown>> = catalogs;

describe('translation catalogs', () => {
  it('exist in English and French for every namespace', () => {
    expect(Object.keys(resources).sort()).toEqual(['en', 'fr']);
    for (const language of ['en', 'fr']) {
      expect(Object.keys(resources[language]!).sort()).toEqual(namespacesOf(resources));
    }
    expect(namespacesOf(resources)).toEqual(expect.arrayContaining(['common', 'library']));
  });

  it.each(namespacesOf(resources))('%s has the same keys in English and French', (namespace) => {
    const english = [...new Set(keysOf(resources.en?.[namespace]))].sort();
    const french = [...new Set(keysOf(resources.fr?.[namespace]))].sort();
    expect(french).toEqual(english);
  });

  // The fixed accessible names of the UI contract keep their ASCII apostrophe.
  const fixedNames = new Set(["Nom de l'auteur", "Langue de l'interface", "Supprimer l'article"]);

  it.each(['common', 'library', 'menu', 'dialogs'])(
    'French %s follows French typography',
    (namespace) => {
      for (const text of valuesOf(resources.fr?.[namespace])) {
        expect(text, text).not.toMatch(/[^\u202f][;!?»]|«[^\u202f]/u);
        expect(text, text).not.toMatch(/[^\u00a0]:/u);
        expect(text, text).not.toMatch(/\.\.\./);
        if (!fixedNames.has(text)) expect(text, text).not.toContain("'");
      }
    },
  );
});
