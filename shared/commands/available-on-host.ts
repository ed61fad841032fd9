import type { AppCommand, CommandHost } from './app-command';

/** False where the command cannot work (a folder dialog in browser mode): it is not offered there. */
export const availableOnHost = (command: AppCommand, host: CommandHost): boolean =>
  command.unavailableOn?.[host] === undefined;
