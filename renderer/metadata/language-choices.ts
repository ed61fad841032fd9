/** The languages offered first; any other BCP 47 tag can be typed. */
export const languageChoices = [
  'fr',
  'fr-SN',
  'fr-MA',
  'fr-CI',
  'fr-CA',
  'fr-BE',
  'fr-CH',
  'en',
  'en-GB',
  'en-US',
  'ar',
  'wo',
] as const;

export const isListedLanguage = (tag: string): boolean =>
  (languageChoices as readonly string[]).includes(tag);
