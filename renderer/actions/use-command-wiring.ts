import { useEffect } from 'react';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { matchesShortcut } from './key-shortcut';
import { userCommands } from './user-commands';

/** Runs user commands from the application menu, and from the keyboard in browser mode. */
export function useCommandWiring(host: 'electron' | 'web' | undefined): void {
  useEffect(
    () => copydeskBridge().events.onMenuCommand(({ command }) => userCommands[command].perform()),
    [],
  );

  useEffect(() => {
    if (host !== 'web') return;
    const onKeyDown = (event: KeyboardEvent) => {
      for (const command of Object.values(userCommands)) {
        if (command.shortcut && matchesShortcut(event, command.shortcut)) {
          event.preventDefault();
          command.perform();
          return;
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [host]);
}
