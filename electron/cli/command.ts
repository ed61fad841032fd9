import type { ParseArgsConfig } from 'node:util';
import type { Role } from '../../shared/model/role';
import type { Library } from '../node/library/library';
import type { Actor } from '../../shared/model/actor';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (search highlights in bold rather than brackets). */
  readonly isTerminal: boolean;
  /** The author recorded when `--by` is not given: settings author name, else the OS user. */
  defaultAuthor(): string;
  /** The role recorded when `--role` is not given: the settings role (reporter by default). */
  defaultRole(): Role;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM): `serve` then closes cleanly. */
  untilStopped(): Promise<void>;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  readonly values: OptionValues;
  readonly positionals: string[];
  readonly io: CliIo;
  /** The `--library` folder (else $COPYDESK_LIBRARY), resolved; a usage error when neither is set. */
  libraryFolder(): string;
  /** Opens the `--library` folder (creating it only for `init`); the command closes it. */
  openLibrary(options: { create: boolean }): Library;
  actor(by: string | undefined): Actor;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Positional part of the usage line, e.g. "ID STATUS". */
  readonly arguments: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Option lines for --help, e.g. ["--json  print JSON"]. */
  readonly optionHelp: string[];
  readonly positionals: { min: number; max: number };
  run(context: CommandContext): Promise<void> | void;
}
