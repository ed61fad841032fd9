import { describe, expect, it } from 'vitest';
import { pageLanguage, refusalText } from './refusal-text';

describe('refusal page language', () => {
  it('follows the first of French or English the browser asks for', () => {
    expect(pageLanguage('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(pageLanguage('de-DE,en-GB;q=0.7,fr;q=0.5')).toBe('en');
    expect(pageLanguage('en;q=0.4, fr-CA;q=0.8')).toBe('fr');
    expect(pageLanguage('fr;q=0, en')).toBe('en');
  });

  it('is English when the browser asks for neither', () => {
    expect(pageLanguage(undefined)).toBe('en');
    expect(pageLanguage('de, es;q=0.5')).toBe('en');
  });

  it('says in French that access is refused', () => {
    expect(refusalText('fr-BE').text).toMatch(/^Accès refusé/);
  });
});
