import type { AppCommand, CommandHost, Shortcut } from './app-command';
import { availableOnHost } from './available-on-host';

/** The keys that run the command on this host (none where it cannot work). */
export const shortcutsOnHost = (command: AppCommand, host: CommandHost): readonly Shortcut[] =>
  availableOnHost(command, host)
    ? (command.hostShortcuts?.[host]?.shortcuts ?? command.shortcuts)
    : [];
