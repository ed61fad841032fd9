import { createStoredPersonalDictionary } from './personal-dictionary';
import type { SpellChecker } from './spell-checker';
import { createSpellChecker } from './spell-checker';
import { createWorkerSpellTransport } from './worker-spell-transport';

/** The app's spell checker: dictionaries in a worker, the newsroom words in localStorage. */
export const createAppSpellChecker = (profile = 'default'): SpellChecker =>
  createSpellChecker(
    createWorkerSpellTransport(),
    createStoredPersonalDictionary(localStorage, profile),
  );
