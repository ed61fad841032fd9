import { describe, expect, it, vi } from 'vitest';
import type { CommandHost } from '../../shared/commands/app-command';
import { findDoubleOwners } from '../../shared/commands/testing/shortcut-owners';
import { shortcutsOnHost } from '../../shared/commands/shortcuts-on-host';
import { editorCommands } from '../editor/commands/editor-commands';
import { provideCommand, userCommands } from './user-commands';

// Window-wide editor shortcuts (find, replace, focus mode) act wherever the focus is: app scope.
const editorOwners = editorCommands.map((command) => ({
  id: `editor:${command.id}`,
  scope: command.scope === 'window' ? ('app' as const) : ('editor' as const),
  shortcuts: command.shortcuts,
}));

describe.each<CommandHost>(['electron', 'web'])('shortcuts on %s', (host) => {
  it('give no key combination to two commands, app and editor commands together', () => {
    const appOwners = Object.values(userCommands).map((command) => ({
      id: command.id,
      scope: command.scope,
      shortcuts: shortcutsOnHost(command, host),
    }));
    expect(findDoubleOwners([...appOwners, ...editorOwners])).toEqual([]);
  });
});

describe('userCommands', () => {
  it('leaves Ctrl+F to the find bar of the editor', () => {
    const find = editorCommands.find((command) => command.id === 'find')!;
    expect(find.shortcuts).toEqual(['Mod-f']);
    expect(userCommands['view:focusSearch'].shortcut?.aria).toBe('Control+Shift+F');
  });

  it('announces the browser-mode shortcut of New article', () => {
    expect(userCommands['article:new'].shortcut?.aria).toBe('Control+Alt+N');
  });

  it('runs Save with whatever the open article provides, and nothing once it is gone', () => {
    const save = vi.fn();
    const withdraw = provideCommand('article:save', save);
    userCommands['article:save'].perform();
    withdraw();
    userCommands['article:save'].perform();
    expect(save).toHaveBeenCalledTimes(1);
  });
});
