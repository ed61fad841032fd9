import { describe, expect, it } from 'vitest';
import { opensShortcutsHelp } from './opens-shortcuts-help';

const questionMarkOn = (target: HTMLElement, init: KeyboardEventInit = {}) => {
  document.body.append(target);
  let opens = false;
  target.addEventListener('keydown', (event) => (opens = opensShortcutsHelp(event)));
  target.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true, ...init }));
  target.remove();
  return opens;
};

describe('opensShortcutsHelp', () => {
  it('opens the help on ? typed outside a text field', () => {
    const row = document.createElement('div');
    row.tabIndex = 0;
    expect(questionMarkOn(row, { shiftKey: true })).toBe(true);
  });

  it('leaves ? to the text in a field, a text area or the body', () => {
    const body = document.createElement('div');
    body.setAttribute('contenteditable', 'true');
    const paragraph = document.createElement('p');
    body.append(paragraph);
    const targets: HTMLElement[] = [
      document.createElement('input'),
      document.createElement('textarea'),
      paragraph,
    ];
    for (const target of targets) {
      const holder = target === paragraph ? body : target;
      document.body.append(holder);
      let opens = true;
      target.addEventListener('keydown', (event) => (opens = opensShortcutsHelp(event)));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
      holder.remove();
      expect(opens).toBe(false);
    }
  });

  it('leaves Ctrl+? to whoever owns it', () => {
    expect(questionMarkOn(document.createElement('div'), { ctrlKey: true })).toBe(false);
  });
});
