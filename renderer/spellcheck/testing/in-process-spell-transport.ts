import { answerSpellRequest } from '../answer-spell-request';
import { readBundledDictionary } from './bundled-dictionary-files';
import { createSpellcheckService } from '../spellcheck-service';
import type { SpellTransport } from '../spell-transport';

/** The worker's code, run in the test's thread with the real dictionaries. */
export function createInProcessSpellTransport(): SpellTransport {
  const service = createSpellcheckService(readBundledDictionary);
  let nextId = 1;
  return {
    async request(body) {
      const response = await answerSpellRequest(service, { ...body, id: nextId++ });
      if (!response.ok) throw new Error(response.message);
      return response.words;
    },
  };
}

/** A Storage stand-in that starts empty. */
export function createMemoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}
