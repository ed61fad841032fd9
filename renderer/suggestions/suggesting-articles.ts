const storageKey = 'copydesk.suggesting';

/**
 * The articles whose body is in "Suggest edits" mode, kept for the window's session: a reviewer
 * who reloads the page, reopens the article or receives a package keeps suggesting instead of
 * silently editing the text directly.
 */
export interface SuggestingArticles {
  has(articleId: string): boolean;
  set(articleId: string, suggesting: boolean): void;
}

export const createSuggestingArticles = (
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
): SuggestingArticles => {
  const read = (): string[] => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? '[]');
      return Array.isArray(parsed)
        ? parsed.filter((id): id is string => typeof id === 'string')
        : [];
    } catch {
      return [];
    }
  };
  const ids = new Set(read());
  return {
    has: (articleId) => ids.has(articleId),
    set(articleId, suggesting) {
      if (suggesting === ids.has(articleId)) return;
      if (suggesting) ids.add(articleId);
      else ids.delete(articleId);
      try {
        storage?.setItem(storageKey, JSON.stringify([...ids]));
      } catch {
        // Storage full or refused: the mode is still remembered until the window closes.
      }
    },
  };
};

const sessionStorageOrNull = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

export const suggestingArticles = createSuggestingArticles(sessionStorageOrNull());
