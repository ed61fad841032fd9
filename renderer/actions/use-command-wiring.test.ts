import { describe, expect, it } from 'vitest';
import { browserCommandFor } from './use-command-wiring';

const press = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('browserCommandFor', () => {
  it.each([
    [{ key: 'n', code: 'KeyN', ctrlKey: true, altKey: true }, 'article:new'],
    [{ key: 's', code: 'KeyS', ctrlKey: true }, 'article:save'],
    [{ key: 'F', code: 'KeyF', ctrlKey: true, shiftKey: true }, 'view:focusSearch'],
    [{ key: 'e', code: 'KeyE', ctrlKey: true }, 'article:export'],
    [{ key: 'p', code: 'KeyP', ctrlKey: true }, 'article:print'],
    [{ key: 'p', code: 'KeyP', ctrlKey: true, altKey: true }, 'view:toggleSidePanel'],
    [{ key: 'F1', code: 'F1' }, 'help:shortcuts'],
  ])('runs %o as %s', (init, id) => {
    expect(browserCommandFor(press(init))?.id).toBe(id);
  });

  it('finds Ctrl+Alt+N by the physical key when the layout turns it into another letter', () => {
    expect(
      browserCommandFor(press({ key: 'ñ', code: 'KeyN', ctrlKey: true, altKey: true }))?.id,
    ).toBe('article:new');
  });

  it('leaves Ctrl+F to the editor and Ctrl+N to the browser', () => {
    expect(browserCommandFor(press({ key: 'f', code: 'KeyF', ctrlKey: true }))).toBeUndefined();
    expect(browserCommandFor(press({ key: 'n', code: 'KeyN', ctrlKey: true }))).toBeUndefined();
  });
});
