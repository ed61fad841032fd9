const macSymbols: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧', Ctrl: '⌃' };
const otherNames: Record<string, string> = {
  Mod: 'Ctrl',
  Alt: 'Alt',
  Shift: 'Shift',
  Ctrl: 'Ctrl',
};

const split = (shortcut: string) => {
  const parts = shortcut.split('-');
  const key = (parts.pop() ?? '').toUpperCase();
  return { modifiers: parts, key };
};

/** `Mod-Shift-z` → `Ctrl+Shift+Z`, or `⌘⇧Z` on macOS. */
export const formatShortcut = (shortcut: string, mac: boolean): string => {
  const { modifiers, key } = split(shortcut);
  if (mac) return [...modifiers.map((part) => macSymbols[part] ?? part), key].join('');
  return [...modifiers.map((part) => otherNames[part] ?? part), key].join('+');
};

/** `Mod-Shift-z` → `Control+Shift+Z` (or `Meta+Shift+Z`), the `aria-keyshortcuts` syntax. */
export const ariaShortcut = (shortcut: string, mac: boolean): string => {
  const { modifiers, key } = split(shortcut);
  const names = modifiers.map((part) =>
    part === 'Mod' ? (mac ? 'Meta' : 'Control') : part === 'Ctrl' ? 'Control' : part,
  );
  return [...names, key].join('+');
};

export const isMacPlatform = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
