/** The newsroom's own words (names, places, local terms), kept per UI profile. */
export interface PersonalDictionary {
  words(): string[];
  add(word: string): void;
}

type WordStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const personalDictionaryKey = (profile: string): string =>
  `copydesk.spellcheck.words.${profile}`;

export function createStoredPersonalDictionary(
  storage: WordStorage,
  profile: string,
): PersonalDictionary {
  const key = personalDictionaryKey(profile);
  const words = new Set(readWords(storage.getItem(key)));
  return {
    words: () => [...words],
    add(word) {
      if (words.has(word)) return;
      words.add(word);
      storage.setItem(key, JSON.stringify([...words]));
    },
  };
}

function readWords(stored: string | null): string[] {
  if (stored === null) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed)
      ? parsed.filter((word): word is string => typeof word === 'string')
      : [];
  } catch {
    return [];
  }
}
