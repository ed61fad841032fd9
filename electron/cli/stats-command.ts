import { statuses } from '../../shared/model/status';
import type { Command } from './command';
import { withLibrary } from './with-library';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Count articles per status and the total words.',
  arguments: '',
  options: { json: { type: 'boolean' } },
  optionHelp: ['--json  print a JSON object'],
  positionals: { min: 0, max: 0 },
  run: (context) =>
    withLibrary(context, { create: false }, (library) => {
      const stats = library.stats();
      if (context.values.json) {
        context.io.stdout(`${JSON.stringify(stats, null, 2)}\n`);
        return;
      }
      const width = Math.max(...statuses.map((status) => status.length)) + 2;
      const lines = [
        ...statuses.map((status) => `${status.padEnd(width)}${stats.byStatus[status] ?? 0}`),
        `${'articles'.padEnd(width)}${stats.articles}`,
        `${'trashed'.padEnd(width)}${stats.trashed}`,
        `${'words'.padEnd(width)}${stats.totalWords}`,
      ];
      context.io.stdout(`${lines.join('\n')}\n`);
    }),
};
