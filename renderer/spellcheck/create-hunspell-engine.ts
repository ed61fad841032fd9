import type { HunspellModule } from './load-hunspell-runtime';

export interface DictionaryFiles {
  aff: Uint8Array;
  dic: Uint8Array;
}

/** One loaded Hunspell dictionary. */
export interface SpellEngine {
  isCorrect(word: string): boolean;
  suggest(word: string): string[];
  addWord(word: string): void;
}

/** Mounts the files in the runtime's in-memory file system and opens a Hunspell handle on them. */
export function createHunspellEngine(
  runtime: HunspellModule,
  name: string,
  files: DictionaryFiles,
): SpellEngine {
  const create = runtime.cwrap('Hunspell_create', 'number', ['number', 'number']);
  const spell = runtime.cwrap('Hunspell_spell', 'number', ['number', 'number']);
  const suggest = runtime.cwrap('Hunspell_suggest', 'number', ['number', 'number', 'number']);
  const freeList = runtime.cwrap('Hunspell_free_list', null, ['number', 'number', 'number']);
  const add = runtime.cwrap('Hunspell_add', 'number', ['number', 'number']);

  const affPath = `/${name}.aff`;
  const dicPath = `/${name}.dic`;
  runtime.FS.writeFile(affPath, files.aff, { encoding: 'binary' });
  runtime.FS.writeFile(dicPath, files.dic, { encoding: 'binary' });
  const handle = withText(runtime, affPath, (aff) =>
    withText(runtime, dicPath, (dic) => create(aff, dic)),
  );
  runtime.FS.unlink(affPath);
  runtime.FS.unlink(dicPath);

  return {
    isCorrect: (word) => withText(runtime, word, (pointer) => spell(handle, pointer)) !== 0,
    suggest: (word) => {
      const listPointer = runtime._malloc(4);
      try {
        const count = withText(runtime, word, (pointer) => suggest(handle, listPointer, pointer));
        const list = runtime.getValue(listPointer, '*');
        const suggestions = Array.from({ length: count }, (_, index) =>
          runtime.UTF8ToString(runtime.getValue(list + index * 4, '*')),
        );
        freeList(handle, listPointer, count);
        return suggestions;
      } finally {
        runtime._free(listPointer);
      }
    },
    addWord: (word) => {
      withText(runtime, word, (pointer) => add(handle, pointer));
    },
  };
}

function withText<T>(runtime: HunspellModule, text: string, use: (pointer: number) => T): T {
  const pointer = runtime.allocateUTF8(text.normalize('NFC'));
  try {
    return use(pointer);
  } finally {
    runtime._free(pointer);
  }
}
