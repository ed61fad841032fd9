import { describe, expect, it } from 'vitest';
import { lastArticle, rememberLastArticle } from './last-article';

const memoryStorage = (): Storage => {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
};

describe('the last open article', () => {
  it('is remembered per library', () => {
    const storage = memoryStorage();
    rememberLastArticle(storage, '/desk/afrique', 'a1');
    rememberLastArticle(storage, '/desk/sport', 's1');
    rememberLastArticle(storage, '/desk/afrique', 'a2');
    expect(lastArticle(storage, '/desk/afrique')).toBe('a2');
    expect(lastArticle(storage, '/desk/sport')).toBe('s1');
    expect(lastArticle(storage, '/desk/culture')).toBeNull();
  });

  it('is forgotten quietly when storage refuses', () => {
    const refusing = memoryStorage();
    refusing.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    refusing.getItem = () => {
      throw new Error('SecurityError');
    };
    expect(() => rememberLastArticle(refusing, '/desk', 'a1')).not.toThrow();
    expect(lastArticle(refusing, '/desk')).toBeNull();
  });
});
