import { describe, expect, it } from 'vitest';
import { createSuggestingArticles } from './suggesting-articles';

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

describe('articles in suggestion mode', () => {
  it('are remembered across a reload of the window', () => {
    const storage = memoryStorage();
    const before = createSuggestingArticles(storage);
    before.set('a1', true);
    before.set('a2', true);
    before.set('a2', false);
    const after = createSuggestingArticles(storage);
    expect(after.has('a1')).toBe(true);
    expect(after.has('a2')).toBe(false);
  });

  it('start empty when the stored value is damaged or storage is missing', () => {
    const storage = memoryStorage();
    storage.setItem('copydesk.suggesting', '{not json');
    expect(createSuggestingArticles(storage).has('a1')).toBe(false);
    const withoutStorage = createSuggestingArticles(null);
    withoutStorage.set('a1', true);
    expect(withoutStorage.has('a1')).toBe(true);
  });
});
