/** The dictionaries shipped with the app. */
export type DictionaryId = 'fr' | 'en';

/**
 * Routes a BCP 47 tag (an article's or a passage's language) to a dictionary: every French
 * variant (fr, fr-FR, fr-SN, fr-MA, fr-CA…) to French, every English one to English, anything
 * else to none (not checked).
 */
export function dictionaryFor(language: string): DictionaryId | null {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'fr':
      return 'fr';
    case 'en':
      return 'en';
    default:
      return null;
  }
}
