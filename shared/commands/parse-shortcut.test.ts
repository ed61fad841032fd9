import { describe, expect, it } from 'vitest';
import { keyCombination, parseShortcut } from './parse-shortcut';

describe('parseShortcut', () => {
  it('reads the modifiers and the key of the Tiptap notation', () => {
    const { modifiers, key } = parseShortcut('Mod-Shift-F');
    expect([...modifiers]).toEqual(['Mod', 'Shift']);
    expect(key).toBe('f');
  });

  it('reads the minus key and punctuation', () => {
    expect(parseShortcut('Mod--').key).toBe('-');
    expect(parseShortcut('Mod-Shift-.').key).toBe('.');
  });

  it('refuses an unknown modifier', () => {
    expect(() => parseShortcut('Cmd-s')).toThrow(/Cmd/);
  });
});

describe('keyCombination', () => {
  it('is the same for two spellings of one combination', () => {
    expect(keyCombination('Shift-Mod-f', false)).toBe(keyCombination('Mod-Shift-F', false));
  });

  it('reads Mod as Ctrl, or Cmd on macOS', () => {
    expect(keyCombination('Mod-f', false)).toBe(keyCombination('Ctrl-f', false));
    expect(keyCombination('Mod-f', true)).toBe(keyCombination('Meta-f', true));
    expect(keyCombination('Mod-f', true)).not.toBe(keyCombination('Ctrl-f', true));
  });
});
