import { describe, expect, it } from 'vitest';
import { readBundledDictionary } from './testing/bundled-dictionary-files';
import { createSpellcheckService } from './spellcheck-service';

const service = createSpellcheckService(readBundledDictionary);

describe('the Hunspell engine with the bundled dictionaries', () => {
  it('flags exactly the misspelled word of a French sentence', async () => {
    const words = [
      'Le',
      'gouvernemnt',
      'a',
      'annoncé',
      'aujourd’hui',
      'que',
      'État',
      'financera',
      'les',
      'élections',
    ];
    expect(await service.misspelled('fr', words)).toEqual(['gouvernemnt']);
  });

  it('knows French capitals keep their accents', async () => {
    expect(await service.misspelled('fr', ['État', 'Etat'])).toEqual(['Etat']);
  });

  it('suggests "election" for "electoin"', async () => {
    expect(await service.suggest('en', 'electoin')).toContain('election');
  });

  it('suggests "gouvernement" for "gouvernemnt"', async () => {
    expect(await service.suggest('fr', 'gouvernemnt')).toContain('gouvernement');
  });

  it('accepts added words in every dictionary, already loaded or not', async () => {
    expect(await service.misspelled('fr', ['Goïta'])).toEqual(['Goïta']);
    service.addWords(['Goïta']);
    expect(await service.misspelled('fr', ['Goïta'])).toEqual([]);
    expect(await service.misspelled('en', ['Goïta', 'electoin'])).toEqual(['electoin']);
  });
});
