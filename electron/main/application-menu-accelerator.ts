import type { Shortcut } from '../../shared/commands/app-command';
import type { Modifier } from '../../shared/commands/parse-shortcut';
import { parseShortcut } from '../../shared/commands/parse-shortcut';

const modifierNames: Record<Modifier, string> = {
  Mod: 'CmdOrCtrl',
  Ctrl: 'Ctrl',
  Meta: 'Meta',
  Alt: 'Alt',
  Shift: 'Shift',
};
const modifierOrder: readonly Modifier[] = ['Mod', 'Ctrl', 'Meta', 'Alt', 'Shift'];

/** A shared shortcut as an Electron accelerator: `Mod-Shift-f` → `CmdOrCtrl+Shift+F`. */
export function applicationMenuAccelerator(shortcut: Shortcut): string {
  const { modifiers, key } = parseShortcut(shortcut);
  const names = modifierOrder
    .filter((name) => modifiers.has(name))
    .map((name) => modifierNames[name]);
  return [...names, key.length === 1 ? key.toUpperCase() : key].join('+');
}
