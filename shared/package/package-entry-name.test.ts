import { describe, expect, it } from 'vitest';
import { classifyEntryName } from './package-entry-name';

const hash = 'a'.repeat(64);

describe('package entry names', () => {
  it('knows the manifest, the article, the history and content-named images', () => {
    expect(classifyEntryName('manifest.json')).toEqual({ kind: 'manifest' });
    expect(classifyEntryName('article.json')).toEqual({ kind: 'article' });
    expect(classifyEntryName('history.json')).toEqual({ kind: 'history' });
    expect(classifyEntryName(`assets/${hash}.webp`)).toEqual({
      kind: 'asset',
      hash,
      extension: 'webp',
    });
  });

  it.each([
    ['../x', 'outside'],
    ['assets/../article.json', 'outside'],
    ['./article.json', 'outside'],
    ['/article.json', 'absolute'],
    ['C:/article.json', 'absolute'],
    ['assets\\x.png', 'backslash'],
    ['article.json\u0000.png', 'control characters'],
    [`assets/${hash}.svg`, 'unknown entry'],
    [`assets/${hash.toUpperCase()}.png`, 'unknown entry'],
    ['Article.json', 'unknown entry'],
  ])('refuses %j (%s)', (name, reason) => {
    const result = classifyEntryName(name);
    expect(result).toHaveProperty('refused');
    expect((result as { refused: string }).refused).toContain(reason);
  });
});
