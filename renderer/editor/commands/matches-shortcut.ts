import type { Shortcut } from '../../../shared/commands/app-command';
import { parseShortcut } from '../../../shared/commands/parse-shortcut';

const codeKeys: Record<string, string> = {
  Period: '.',
  Comma: ',',
  Slash: '/',
  Minus: '-',
  Equal: '=',
};

/** The key a physical key code stands for without Shift (`KeyF` → `f`, `Digit2` → `2`). */
const keyOfCode = (code: string): string => {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(code)) return code.slice(5);
  return codeKeys[code] ?? '';
};

type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * Whether a keydown is the shortcut (`Mod-Shift-.`, the notation of `shared/commands`),
 * modifiers exactly: the one matcher for app and editor commands.
 */
export const matchesShortcut = (event: KeyPress, shortcut: Shortcut, mac: boolean): boolean => {
  const { modifiers, key } = parseShortcut(shortcut);
  const control = modifiers.has('Ctrl') || (modifiers.has('Mod') && !mac);
  const meta = modifiers.has('Meta') || (modifiers.has('Mod') && mac);
  if (event.ctrlKey !== control || event.metaKey !== meta) return false;
  if (event.altKey !== modifiers.has('Alt') || event.shiftKey !== modifiers.has('Shift'))
    return false;
  // The physical key too: Ctrl+Alt+N gives `ñ` or `Dead` on some layouts, Shift+. gives `>`.
  return event.key.toLowerCase() === key.toLowerCase() || keyOfCode(event.code) === key;
};
