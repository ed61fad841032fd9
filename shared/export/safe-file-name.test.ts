import { describe, expect, it } from 'vitest';
import { createUniqueFileNames, safeFileName } from './safe-file-name';

const byteLength = (text: string) => new TextEncoder().encode(text).length;

describe('safeFileName', () => {
  it.each([
    ['greve-la-mobilisation-continue', 'md', 'greve-la-mobilisation-continue.md'],
    ['a/b\\c:d*e?f"g<h>i|j', 'html', 'abcdefghij.html'],
    ['../../../../copydesk-pwned', 'md', 'copydesk-pwned.md'],
    ['..', 'md', 'article.md'],
    ['', 'html', 'article.html'],
    ['CON', 'md', '_CON.md'],
    ['con', '', '_con'],
    ['nul.tar', 'md', '_nul.tar.md'],
    ['Com1', 'html', '_Com1.html'],
    ['LPT9', 'md', '_LPT9.md'],
    ['console', 'md', 'console.md'],
    ['Rapport annuel \u202ecod.exe', 'md', 'Rapport annuel cod.exe.md'],
    ['a\u0000b\u0007c\u200fd\u2066e', 'md', 'abcde.md'],
    ['  trailing dots and spaces. . ', 'md', 'trailing dots and spaces.md'],
    ['.hidden', 'md', 'hidden.md'],
    ['line\nbreak\ttab', 'md', 'line break tab.md'],
    ['Élysée « réforme »', 'md', 'Élysée « réforme ».md'],
    ['x', '.md', 'x.md'],
  ])('%j + %j → %j', (slug, extension, expected) => {
    expect(safeFileName(slug, extension)).toBe(expected);
  });

  it('keeps names within 120 bytes of UTF-8 without splitting a character', () => {
    const name = safeFileName('é'.repeat(200), 'html');
    expect(byteLength(name)).toBeLessThanOrEqual(120);
    expect(name).toBe(`${'é'.repeat(57)}.html`);
  });
});

describe('createUniqueFileNames', () => {
  it('numbers duplicates, case-insensitively, within the length limit', () => {
    const long = 'a'.repeat(200);
    const names = createUniqueFileNames(['titre', 'Titre', 'titre', 'autre', long, long], 'md');
    expect(names.slice(0, 4)).toEqual(['titre.md', 'Titre-2.md', 'titre-3.md', 'autre.md']);
    expect(names[5]).toBe(`${'a'.repeat(115)}-2.md`);
    expect(names.every((name) => byteLength(name) <= 120)).toBe(true);
  });
});
