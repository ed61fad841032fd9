import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors/error-code';
import { openLibrary } from '../node/library/open-library';
import type { CliIo, Command, CommandContext, OptionValues } from './command';
import { commands } from './commands';
import { commandHelp, globalHelp } from './help-text';
import { splitCommandLine } from './split-command-line';
import { UsageError } from './usage-error';

const globalOptions = {
  library: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const parseCommandArguments = (
  command: Command,
  args: string[],
): { values: OptionValues; positionals: string[] } => {
  try {
    return parseArgs({
      args,
      options: { ...globalOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
};

const checkPositionals = (command: Command, positionals: string[]): void => {
  const { min, max } = command.positionals;
  if (positionals.length < min)
    throw new UsageError(`'${command.name}' needs ${command.arguments}`);
  if (positionals.length > max) {
    throw new UsageError(
      `too many arguments for '${command.name}': ${positionals.slice(max).join(' ')}`,
    );
  }
};

const createContext = (io: CliIo, values: OptionValues, positionals: string[]): CommandContext => {
  const libraryFolder = (): string => {
    const folder = typeof values.library === 'string' ? values.library : io.env.COPYDESK_LIBRARY;
    if (!folder) throw new UsageError('no library: pass --library DIR or set COPYDESK_LIBRARY');
    return resolve(folder);
  };
  return {
    values,
    positionals,
    io,
    libraryFolder,
    openLibrary: ({ create }) => openLibrary(libraryFolder(), { create }),
    actor: (by) => ({ name: (by ?? io.defaultAuthor()).trim() || 'copydesk', role: null }),
  };
};

const run = async (argv: readonly string[], io: CliIo): Promise<void> => {
  const line = splitCommandLine(argv);
  const global = parseArgs({ args: line.globalArguments, options: globalOptions, strict: true });
  if (line.command === null) {
    if (global.values.help) return io.stdout(globalHelp(commands));
    throw new UsageError('no command given');
  }
  const command = commands.find((candidate) => candidate.name === line.command);
  if (!command) throw new UsageError(`unknown command '${line.command}'`);
  const parsed = parseCommandArguments(command, line.commandArguments);
  if (global.values.help || parsed.values.help) return io.stdout(commandHelp(command));
  checkPositionals(command, parsed.positionals);
  const values = { ...global.values, ...parsed.values };
  await command.run(createContext(io, values, parsed.positionals));
};

const errorMessage = (error: AppError): string =>
  error.code === 'locked' ? `library in use: ${error.message}` : error.message;

/** The `copydesk` command line; returns the exit code (0 done, 1 failed, 2 usage error). */
export const main = async (argv: readonly string[], io: CliIo): Promise<number> => {
  try {
    await run(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`copydesk: ${error.message}\nRun 'copydesk --help' for usage.\n`);
      return 2;
    }
    if (error instanceof AppError) {
      io.stderr(`copydesk: ${errorMessage(error)}\n`);
      return 1;
    }
    io.stderr(
      `copydesk: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
};
