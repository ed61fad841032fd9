import type { DictionaryId } from './dictionary-id';
import { dictionaryFor } from './dictionary-id';
import type { PersonalDictionary } from './personal-dictionary';
import type { SpellTransport } from './spell-transport';

/** What the editor asks; `language` is a BCP 47 tag, routed to a dictionary (or to none). */
export interface SpellChecker {
  /** The subset of `words` that is misspelled. */
  check(words: readonly string[], language: string): Promise<Set<string>>;
  suggest(word: string, language: string): Promise<string[]>;
  /** Adds to the persisted newsroom dictionary. */
  addToDictionary(word: string): void;
  /** Accepts the word until the app is closed. */
  ignore(word: string): void;
  /** Called after a word was added or ignored, so views check again. */
  onChange(listener: () => void): () => void;
}

export function createSpellChecker(
  transport: SpellTransport,
  personal: PersonalDictionary,
): SpellChecker {
  const known = new Map<DictionaryId, Map<string, boolean>>();
  const accepted = new Set(personal.words());
  const listeners = new Set<() => void>();
  if (accepted.size > 0)
    void transport.request({ kind: 'add', words: [...accepted] }).catch(() => undefined);

  const resultsFor = (dictionary: DictionaryId): Map<string, boolean> => {
    let results = known.get(dictionary);
    if (results === undefined) known.set(dictionary, (results = new Map<string, boolean>()));
    return results;
  };
  const accept = (word: string): void => {
    accepted.add(word);
    for (const listener of listeners) listener();
  };

  return {
    async check(words, language) {
      const dictionary = dictionaryFor(language);
      if (dictionary === null) return new Set();
      const results = resultsFor(dictionary);
      const unknown = [...new Set(words)].filter(
        (word) => !accepted.has(word) && !results.has(word),
      );
      if (unknown.length > 0) {
        const misspelled = new Set(
          await transport.request({ kind: 'check', dictionary, words: unknown }),
        );
        for (const word of unknown) results.set(word, !misspelled.has(word));
      }
      return new Set(words.filter((word) => !accepted.has(word) && results.get(word) === false));
    },
    async suggest(word, language) {
      const dictionary = dictionaryFor(language);
      if (dictionary === null) return [];
      return transport.request({ kind: 'suggest', dictionary, word });
    },
    addToDictionary(word) {
      personal.add(word);
      void transport.request({ kind: 'add', words: [word] }).catch(() => undefined);
      accept(word);
    },
    ignore: accept,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
