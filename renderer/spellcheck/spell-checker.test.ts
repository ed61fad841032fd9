import { describe, expect, it } from 'vitest';
import {
  createInProcessSpellTransport,
  createMemoryStorage,
} from './testing/in-process-spell-transport';
import { createStoredPersonalDictionary, personalDictionaryKey } from './personal-dictionary';
import { createSpellChecker } from './spell-checker';
import type { SpellTransport } from './spell-transport';

const transport = createInProcessSpellTransport();

describe('the spell checker client', () => {
  it('routes the article language to its dictionary', async () => {
    const checker = createSpellChecker(
      transport,
      createStoredPersonalDictionary(createMemoryStorage(), 'p'),
    );
    expect(await checker.check(['élection', 'electoin', 'election'], 'fr-SN')).toEqual(
      new Set(['electoin', 'election']),
    );
    expect(await checker.check(['élection', 'electoin', 'election'], 'en-GB')).toEqual(
      new Set(['élection', 'electoin']),
    );
  });

  it('checks nothing, and asks nothing, in a language without a dictionary', async () => {
    const refusing: SpellTransport = { request: () => Promise.reject(new Error('not expected')) };
    const checker = createSpellChecker(
      refusing,
      createStoredPersonalDictionary(createMemoryStorage(), 'p'),
    );
    expect(await checker.check(['Dakar', 'jërëjëf'], 'wo')).toEqual(new Set());
    expect(await checker.suggest('jërëjëf', 'wo')).toEqual([]);
  });

  it('suggests "election" for "electoin"', async () => {
    const checker = createSpellChecker(
      transport,
      createStoredPersonalDictionary(createMemoryStorage(), 'p'),
    );
    expect(await checker.suggest('electoin', 'en')).toContain('election');
  });

  it('no longer flags a word added to the dictionary, and remembers it for the profile', async () => {
    const storage = createMemoryStorage();
    const checker = createSpellChecker(transport, createStoredPersonalDictionary(storage, 'desk'));
    expect(await checker.check(['Goïta', 'Ouagadougou'], 'fr')).toEqual(new Set(['Goïta']));
    checker.addToDictionary('Goïta');
    expect(await checker.check(['Goïta'], 'fr')).toEqual(new Set());
    expect(storage.getItem(personalDictionaryKey('desk'))).toBe('["Goïta"]');

    const reopened = createSpellChecker(
      createInProcessSpellTransport(),
      createStoredPersonalDictionary(storage, 'desk'),
    );
    expect(await reopened.check(['Goïta'], 'fr')).toEqual(new Set());
    const otherProfile = createSpellChecker(
      createInProcessSpellTransport(),
      createStoredPersonalDictionary(storage, 'other'),
    );
    expect(await otherProfile.check(['Goïta'], 'fr')).toEqual(new Set(['Goïta']));
  });

  it('ignores a word for the session only, and tells its listeners', async () => {
    const storage = createMemoryStorage();
    const checker = createSpellChecker(transport, createStoredPersonalDictionary(storage, 'p'));
    let changes = 0;
    checker.onChange(() => changes++);
    checker.ignore('Tchiani');
    expect(await checker.check(['Tchiani'], 'fr')).toEqual(new Set());
    expect(changes).toBe(1);
    expect(storage.getItem(personalDictionaryKey('p'))).toBeNull();
  });
});
