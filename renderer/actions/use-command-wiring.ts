import { useEffect } from 'react';
import { shortcutsOnHost } from '../../shared/commands/shortcuts-on-host';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { isMacPlatform } from '../editor/commands/format-shortcut';
import { matchesShortcut } from '../editor/commands/matches-shortcut';
import { opensShortcutsHelp } from './opens-shortcuts-help';
import { userCommands } from './user-commands';

const mac = isMacPlatform();

/** The command a keydown runs in browser mode, where no application menu owns the keys. */
export const browserCommandFor = (event: KeyboardEvent) =>
  Object.values(userCommands).find((command) =>
    shortcutsOnHost(command, 'web').some((shortcut) => matchesShortcut(event, shortcut, mac)),
  );

/** Runs user commands from the application menu, and from the keyboard in browser mode. */
export function useCommandWiring(host: 'electron' | 'web' | undefined): void {
  useEffect(
    () => copydeskBridge().events.onMenuCommand(({ command }) => userCommands[command].perform()),
    [],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!opensShortcutsHelp(event)) return;
      event.preventDefault();
      userCommands['help:shortcuts'].perform();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (host !== 'web') return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = browserCommandFor(event);
      if (command === undefined) return;
      // Ctrl+S, Ctrl+P…: the page's command, never the browser's "Save page" or print dialog.
      event.preventDefault();
      command.perform();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [host]);
}
