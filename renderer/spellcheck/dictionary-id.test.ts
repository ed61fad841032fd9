import { describe, expect, it } from 'vitest';
import { dictionaryFor } from './dictionary-id';

describe('dictionaryFor', () => {
  it.each(['fr', 'fr-FR', 'fr-SN', 'fr-MA', 'fr-CA', 'FR-be', 'fr_CI'])(
    'routes %s to French',
    (tag) => {
      expect(dictionaryFor(tag)).toBe('fr');
    },
  );

  it.each(['en', 'en-GB', 'en-US', 'en-NG'])('routes %s to English', (tag) => {
    expect(dictionaryFor(tag)).toBe('en');
  });

  it.each(['wo', 'ar-MA', 'de', '', 'french'])('checks nothing for %j', (tag) => {
    expect(dictionaryFor(tag)).toBeNull();
  });
});
