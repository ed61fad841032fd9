import type { AppCommand, CommandHost, Shortcut } from './app-command';

/** The keys that run the command on this host. */
export const shortcutsOnHost = (command: AppCommand, host: CommandHost): readonly Shortcut[] =>
  command.hostShortcuts?.[host]?.shortcuts ?? command.shortcuts;
