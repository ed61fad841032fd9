import type { DictionaryFiles, SpellEngine } from './create-hunspell-engine';
import { createHunspellEngine } from './create-hunspell-engine';
import type { DictionaryId } from './dictionary-id';
import type { HunspellModule } from './load-hunspell-runtime';
import { loadHunspellRuntime } from './load-hunspell-runtime';

/**
 * What the worker does: dictionaries are loaded on first use, then kept. A dictionary that
 * failed to load is tried again next time; a runtime that failed (WebAssembly refused) is not.
 */
export interface SpellcheckService {
  misspelled(dictionary: DictionaryId, words: readonly string[]): Promise<string[]>;
  suggest(dictionary: DictionaryId, word: string): Promise<string[]>;
  addWords(words: readonly string[]): void;
}

export function createSpellcheckService(
  loadFiles: (dictionary: DictionaryId) => Promise<DictionaryFiles>,
  loadRuntime: () => Promise<HunspellModule> = loadHunspellRuntime,
): SpellcheckService {
  let runtime: Promise<HunspellModule> | undefined;
  const engines = new Map<DictionaryId, Promise<SpellEngine>>();
  const addedWords = new Set<string>();

  const engineFor = (dictionary: DictionaryId): Promise<SpellEngine> => {
    let engine = engines.get(dictionary);
    if (engine === undefined) {
      runtime ??= loadRuntime();
      engine = runtime.then(async (loaded) => {
        const created = createHunspellEngine(loaded, dictionary, await loadFiles(dictionary));
        for (const word of addedWords) created.addWord(word);
        return created;
      });
      engine.catch(() => engines.delete(dictionary));
      engines.set(dictionary, engine);
    }
    return engine;
  };

  return {
    async misspelled(dictionary, words) {
      const engine = await engineFor(dictionary);
      return words.filter((word) => !engine.isCorrect(word));
    },
    async suggest(dictionary, word) {
      return (await engineFor(dictionary)).suggest(word);
    },
    addWords(words) {
      for (const word of words) {
        if (addedWords.has(word)) continue;
        addedWords.add(word);
        for (const engine of engines.values())
          void engine.then(
            (loaded) => loaded.addWord(word),
            () => undefined,
          );
      }
    },
  };
}
