import { describe, expect, it } from 'vitest';
import { matchesShortcut } from './matches-shortcut';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('matchesShortcut', () => {
  it('reads Mod as Ctrl, or Cmd on macOS', () => {
    expect(matchesShortcut(key({ key: 'f', code: 'KeyF', ctrlKey: true }), 'Mod-f', false)).toBe(
      true,
    );
    expect(matchesShortcut(key({ key: 'f', code: 'KeyF', metaKey: true }), 'Mod-f', true)).toBe(
      true,
    );
    expect(matchesShortcut(key({ key: 'f', code: 'KeyF', metaKey: true }), 'Mod-f', false)).toBe(
      false,
    );
  });

  it('knows a function key written in its own case (F1 opens the shortcuts)', () => {
    expect(matchesShortcut(key({ key: 'F1', code: 'F1' }), 'F1', false)).toBe(true);
    expect(matchesShortcut(key({ key: 'F1', code: 'F1', ctrlKey: true }), 'F1', false)).toBe(false);
  });

  it('requires exactly the modifiers of the shortcut', () => {
    expect(
      matchesShortcut(
        key({ key: 'F', code: 'KeyF', ctrlKey: true, shiftKey: true }),
        'Mod-f',
        false,
      ),
    ).toBe(false);
    expect(matchesShortcut(key({ key: 'f', code: 'KeyF' }), 'Mod-f', false)).toBe(false);
  });

  it('finds Ctrl+Shift+. by the physical key, whatever Shift makes of it (> or . on AZERTY)', () => {
    expect(
      matchesShortcut(
        key({ key: '>', code: 'Period', ctrlKey: true, shiftKey: true }),
        'Mod-Shift-.',
        false,
      ),
    ).toBe(true);
    expect(
      matchesShortcut(
        key({ key: '.', code: 'Comma', ctrlKey: true, shiftKey: true }),
        'Mod-Shift-.',
        false,
      ),
    ).toBe(true);
  });
});
