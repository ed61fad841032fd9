import type { Shortcut } from './app-command';

export type Modifier = 'Mod' | 'Ctrl' | 'Meta' | 'Alt' | 'Shift';

interface ParsedShortcut {
  modifiers: ReadonlySet<Modifier>;
  /** Lower case for letters (`f`), as written otherwise (`.`, `2`, `-`). */
  key: string;
}

const modifierNames: ReadonlySet<string> = new Set<Modifier>([
  'Mod',
  'Ctrl',
  'Meta',
  'Alt',
  'Shift',
]);

/** `Mod-Shift-f` → Mod and Shift with `f`; `Mod--` is Mod with the minus key. */
export function parseShortcut(shortcut: Shortcut): ParsedShortcut {
  const parts = shortcut.endsWith('--')
    ? [...shortcut.slice(0, -2).split('-'), '-']
    : shortcut.split('-');
  const key = parts.pop() ?? '';
  const modifiers = new Set<Modifier>();
  for (const part of parts) {
    if (!modifierNames.has(part)) throw new Error(`Unknown modifier "${part}" in "${shortcut}"`);
    modifiers.add(part as Modifier);
  }
  return { modifiers, key: key.length === 1 ? key.toLowerCase() : key };
}

/**
 * The physical combination on a platform (Mod is Cmd on macOS), to compare two shortcuts.
 * @internal The no-double-owner check (`testing/shortcut-owners.ts`) compares through it.
 */
export function keyCombination(shortcut: Shortcut, mac: boolean): string {
  const { modifiers, key } = parseShortcut(shortcut);
  const held = new Set<Modifier>(
    [...modifiers].map((name) => (name === 'Mod' ? (mac ? 'Meta' : 'Ctrl') : name)),
  );
  const order: readonly Modifier[] = ['Ctrl', 'Meta', 'Alt', 'Shift'];
  return [...order.filter((name) => held.has(name)), key].join('+');
}
