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

/** Whether a keydown is the Tiptap-notation shortcut (`Mod-Shift-.`), modifiers exactly. */
export const matchesShortcut = (event: KeyboardEvent, shortcut: string, mac: boolean): boolean => {
  const parts = shortcut.split('-');
  const key = (parts.pop() ?? '').toLowerCase();
  const wants = (name: string) => parts.includes(name);
  const control = wants('Ctrl') || (wants('Mod') && !mac);
  const meta = wants('Meta') || (wants('Mod') && mac);
  if (event.ctrlKey !== control || event.metaKey !== meta) return false;
  if (event.altKey !== wants('Alt') || event.shiftKey !== wants('Shift')) return false;
  return event.key.toLowerCase() === key || keyOfCode(event.code) === key;
};
