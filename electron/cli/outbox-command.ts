import type { Command } from './command';
import { publishJobLine } from './publish-job-line';
import { withLibrary } from './with-library';

export const outboxCommand: Command = {
  name: 'outbox',
  summary: 'List the publishing jobs, newest first: queued, sending, published at <link>, failed.',
  arguments: '',
  options: { json: { type: 'boolean' } },
  optionHelp: ['--json  print the jobs as JSON'],
  positionals: { min: 0, max: 0 },
  run: (context) =>
    withLibrary(context, { create: false }, (library) => {
      const jobs = library.outbox.jobs();
      if (context.values.json === true) {
        context.io.stdout(`${JSON.stringify(jobs, null, 2)}\n`);
        return;
      }
      if (jobs.length === 0) context.io.stdout('The outbox is empty.\n');
      for (const job of jobs) {
        const kind = job.kind === 'correction' ? ' correction' : '';
        context.io.stdout(
          `#${job.id} ${job.articleId} → ${job.site}${kind}: ${publishJobLine(job)}\n`,
        );
      }
    }),
};
