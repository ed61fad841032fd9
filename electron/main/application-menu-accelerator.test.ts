import { describe, expect, it } from 'vitest';
import { applicationMenuAccelerator } from './application-menu-accelerator';

describe('applicationMenuAccelerator', () => {
  it.each([
    ['Mod-n', 'CmdOrCtrl+N'],
    ['Mod-Shift-f', 'CmdOrCtrl+Shift+F'],
    ['Mod-Alt-2', 'CmdOrCtrl+Alt+2'],
    ['Shift-Mod-.', 'CmdOrCtrl+Shift+.'],
    ['Ctrl-Meta-k', 'Ctrl+Meta+K'],
  ])('turns %s into %s', (shortcut, accelerator) => {
    expect(applicationMenuAccelerator(shortcut)).toBe(accelerator);
  });

  it('refuses a modifier it does not know rather than guess', () => {
    expect(() => applicationMenuAccelerator('Hyper-x')).toThrow(/Hyper/);
  });
});
