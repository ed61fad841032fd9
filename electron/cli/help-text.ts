import type { Command } from './command';

const globalOptions = [
  '--library DIR  the library folder (default: $COPYDESK_LIBRARY)',
  '-h, --help     show help',
];

const usageLine = (command: Command): string =>
  [
    'copydesk [--library DIR]',
    command.name,
    command.optionHelp.length > 0 ? '[options]' : '',
    command.arguments,
  ]
    .filter((part) => part !== '')
    .join(' ');

export const globalHelp = (commands: readonly Command[]): string => {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  return [
    'Usage: copydesk [--library DIR] COMMAND [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    'Options:',
    ...globalOptions.map((line) => `  ${line}`),
    '',
    "Run 'copydesk COMMAND --help' for a command's options.",
    '',
  ].join('\n');
};

export const commandHelp = (command: Command): string =>
  [
    `Usage: ${usageLine(command)}`,
    '',
    command.summary,
    '',
    'Options:',
    ...[...command.optionHelp, ...globalOptions].map((line) => `  ${line}`),
    '',
  ].join('\n');
