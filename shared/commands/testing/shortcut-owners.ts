import type { CommandScope, Shortcut } from '../app-command';
import { keyCombination } from '../parse-shortcut';

/** Anything a key can run: an app command or an editor command. */
export interface ShortcutOwner {
  id: string;
  scope: CommandScope;
  shortcuts: readonly Shortcut[];
}

interface DoubleOwner {
  combination: string;
  scope: CommandScope;
  ids: readonly string[];
}

const scopesReached = (scope: CommandScope): readonly CommandScope[] =>
  scope === 'app' ? ['app', 'library', 'editor'] : [scope];

/**
 * Key combinations that more than one command claims in a scope; an `app` shortcut counts in
 * every scope. Checked on Windows/Linux and on macOS (where Mod is Cmd, not Ctrl).
 */
export function findDoubleOwners(owners: readonly ShortcutOwner[]): DoubleOwner[] {
  const claims = new Map<string, { combination: string; scope: CommandScope; ids: Set<string> }>();
  for (const mac of [false, true]) {
    for (const owner of owners) {
      for (const shortcut of owner.shortcuts) {
        const combination = keyCombination(shortcut, mac);
        for (const scope of scopesReached(owner.scope)) {
          const slot = `${scope} ${combination}`;
          const claim = claims.get(slot) ?? { combination, scope, ids: new Set<string>() };
          claim.ids.add(owner.id);
          claims.set(slot, claim);
        }
      }
    }
  }
  return [...claims.values()]
    .filter((claim) => claim.ids.size > 1)
    .map((claim) => ({ ...claim, ids: [...claim.ids] }));
}
