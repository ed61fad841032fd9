import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/i18n/catalogs';
import { namespacesOf } from '../../shared/i18n/namespaces-of';
import { readinessProblem } from './readiness-problem';

const translator = async (language: 'en' | 'fr') => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: catalogs,
    lng: language,
    fallbackLng: 'en',
    ns: namespacesOf(catalogs),
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(language, 'workflow');
};

const embargo = {
  id: 'embargo_passed',
  ok: false,
  values: { embargo: '2026-12-08T05:00:00.000Z' },
} as const;
const comments = (count: number) =>
  ({ id: 'no_open_comments', ok: false, values: { count } }) as const;

describe('readinessProblem', () => {
  it('says the problem in English: the embargo date day first in 24-hour time, counted comments', async () => {
    const t = await translator('en');
    expect(readinessProblem(embargo, t, 'en', 'Europe/Paris')).toBe(
      'Under embargo until 8 Dec 2026, 06:00',
    );
    expect(readinessProblem(comments(1), t, 'en')).toBe('1 open comment');
    expect(readinessProblem(comments(3), t, 'en')).toBe('3 open comments');
  });

  it('says the problem in French', async () => {
    const t = await translator('fr');
    expect(readinessProblem(embargo, t, 'fr', 'Europe/Paris')).toMatch(
      /^Sous embargo jusqu’au 8 déc\. 2026,? (?:à )?06:00$/,
    );
    expect(readinessProblem(comments(1), t, 'fr')).toBe('1\u00a0commentaire ouvert');
    expect(readinessProblem(comments(2), t, 'fr')).toBe('2\u00a0commentaires ouverts');
  });
});
