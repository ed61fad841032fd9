import type { Command } from './command';
import { allSummaries } from './all-summaries';
import { parseStatus } from './parse-status';
import { summaryTable } from './summary-table';
import { withLibrary } from './with-library';

export const listCommand: Command = {
  name: 'list',
  summary: 'List the articles (newest first), optionally of one status.',
  arguments: '',
  options: { status: { type: 'string' }, json: { type: 'boolean' } },
  optionHelp: ['--status S  only articles with status S', '--json      print a JSON array'],
  positionals: { min: 0, max: 0 },
  run: (context) => {
    const status = context.values.status;
    const statuses = typeof status === 'string' ? [parseStatus(status)] : [];
    return withLibrary(context, { create: false }, (library) => {
      const items = allSummaries(library, { statuses });
      context.io.stdout(
        context.values.json ? `${JSON.stringify(items, null, 2)}\n` : `${summaryTable(items)}\n`,
      );
    });
  },
};
