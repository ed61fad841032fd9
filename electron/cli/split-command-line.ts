import { UsageError } from './usage-error';

export interface CommandLine {
  /** The global options seen before the command name, e.g. ['--library', 'DIR']. */
  globalArguments: string[];
  command: string | null;
  commandArguments: string[];
}

const globalFlags = new Set(['--help', '-h']);

/** Finds the command name among the global options that may precede it. */
export const splitCommandLine = (argv: readonly string[]): CommandLine => {
  const globalArguments: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--library') {
      if (index + 1 >= argv.length) throw new UsageError("option '--library' needs a folder");
      globalArguments.push(argument, argv[index + 1]!);
      index += 1;
    } else if (argument.startsWith('--library=') || globalFlags.has(argument)) {
      globalArguments.push(argument);
    } else if (argument.startsWith('-')) {
      throw new UsageError(`unknown option '${argument}'`);
    } else {
      return { globalArguments, command: argument, commandArguments: argv.slice(index + 1) };
    }
  }
  return { globalArguments, command: null, commandArguments: [] };
};
