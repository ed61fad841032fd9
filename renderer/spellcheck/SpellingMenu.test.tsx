import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { SpellingMenu } from './SpellingMenu';

function renderMenu(suggestions: string[]) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const handlers = { onPick: vi.fn(), onAdd: vi.fn(), onIgnore: vi.fn(), onClose: vi.fn() };
  act(() => root.render(<SpellingMenu suggestions={suggestions} {...handlers} />));
  const menu = host.querySelector<HTMLElement>('[role="menu"]')!;
  const items = Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]'));
  const press = (key: string) =>
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });
  return { menu, items, press, ...handlers, unmount: () => act(() => root.unmount()) };
}

describe('the spelling menu', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('fr');
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('offers the suggestions, then adding and ignoring, in French', () => {
    const { menu, items, unmount } = renderMenu(['gouvernement', 'gouvernent']);
    expect(menu.getAttribute('aria-label')).toBe('Orthographe');
    expect(items.map((item) => item.textContent)).toEqual([
      'gouvernement',
      'gouvernent',
      'Ajouter au dictionnaire',
      'Ignorer',
    ]);
    expect(document.activeElement).toBe(items[0]);
    unmount();
  });

  it('is driven from the keyboard: arrows and Home move the focus, Escape closes', () => {
    const { items, press, onPick, onClose, unmount } = renderMenu(['gouvernement', 'gouvernent']);
    press('ArrowDown');
    expect(document.activeElement).toBe(items[1]);
    press('ArrowUp');
    press('ArrowUp');
    expect(document.activeElement).toBe(items[3]);
    press('Home');
    act(() => items[0]!.click());
    expect(onPick).toHaveBeenCalledWith('gouvernement');
    press('Escape');
    expect(onClose).toHaveBeenCalled();
    unmount();
  });

  it('says so when there is no suggestion, in English', async () => {
    await act(() => applyLanguage('en'));
    const { items, onAdd, onIgnore, unmount } = renderMenu([]);
    expect(items.map((item) => item.textContent)).toEqual([
      'No suggestions',
      'Add to dictionary',
      'Ignore',
    ]);
    expect(document.activeElement).toBe(items[1]);
    act(() => items[1]!.click());
    act(() => items[2]!.click());
    expect(onAdd).toHaveBeenCalledOnce();
    expect(onIgnore).toHaveBeenCalledOnce();
    unmount();
  });
});
