import type { Command } from './command';
import { withLibrary } from './with-library';

export const initCommand: Command = {
  name: 'init',
  summary: 'Create a library in the --library folder (does nothing if one is there).',
  arguments: '',
  options: {},
  optionHelp: [],
  positionals: { min: 0, max: 0 },
  run: (context) =>
    withLibrary(context, { create: true }, (library) => {
      context.io.stdout(`Library ready at ${library.path}\n`);
    }),
};
