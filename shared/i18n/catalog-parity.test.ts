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

  it.each(['common', 'library', 'menu', 'dialogs', 'newsroom'])(
    'French %s follows French typography',
    (namespace) => {
      for (const text of valuesOf(resources.fr?.[namespace])) {
        expect(text, text).not.toMatch(/[^\u202f][;!?»]|«[^\u202f]/u);
        expect(text, text).not.toMatch(/[^\u00a0]:/u);
        expect(text, text).not.toMatch(/\.\.\./);
      }
    },
  );

  const entriesOf = (value: unknown, prefix = ''): [string, string][] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) =>
          entriesOf(child, prefix ? `${prefix}.${key}` : key),
        )
      : [[prefix, String(value)]];

  // "{{count}} textes" read "1 textes" when count is 1: a counted noun needs _one/_other forms.
  const countedWord = /\{\{count\}\}\s+(?:de\s+|d’)?\p{L}/u;

  it.each(['en', 'fr'])('%s counts through plural forms', (language) => {
    for (const [key, text] of entriesOf(resources[language])) {
      if (countedWord.test(text)) expect(key, `${key}: ${text}`).toMatch(pluralSuffix);
    }
  });

  // Accessible names included: a screen reader spells "l'article" differently from "l’article".
  it.each(namespacesOf(resources))('French %s uses the typographic apostrophe', (namespace) => {
    for (const [key, text] of entriesOf(resources.fr?.[namespace])) {
      expect(text, `${key}: ${text}`).not.toMatch(/\p{L}'\p{L}/u);
      expect(text, `${key}: ${text}`).not.toContain("'");
    }
  });

  it.each(namespacesOf(resources))('English %s uses the straight apostrophe', (namespace) => {
    for (const text of valuesOf(resources.en?.[namespace])) {
      expect(text, text).not.toMatch(/\p{L}’\p{L}/u);
    }
  });
});
