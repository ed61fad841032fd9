import { beforeEach, describe, expect, it } from 'vitest';
import { rememberLanguage, startLanguage } from './remembered-language';

describe('start-up language', () => {
  beforeEach(() => localStorage.clear());

  it('follows the system until a language is chosen', () => {
    expect(startLanguage(localStorage, 'fr-CA')).toBe('fr');
    expect(startLanguage(localStorage, 'en-GB')).toBe('en');
  });

  it('is the language last chosen, whatever the system says', () => {
    rememberLanguage(localStorage, 'fr');
    expect(startLanguage(localStorage, 'en-US')).toBe('fr');
  });

  it('falls back to the system when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    expect(() => rememberLanguage(refusing, 'fr')).not.toThrow();
    expect(startLanguage(refusing, 'fr-FR')).toBe('fr');
  });
});
