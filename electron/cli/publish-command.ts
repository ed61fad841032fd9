import { AppError } from '../../shared/errors/error-code';
import { plannedPostStatus } from '../../shared/wordpress/planned-post-status';
import { articleFigures } from '../../shared/editor/article-figures';
import { sendDueJobs } from '../node/wordpress/send-due-jobs';
import type { Command } from './command';
import { parseArticleId } from './parse-article-id';
import { parseRole } from './parse-role';
import { publishJobLine } from './publish-job-line';
import { cliPublishTargets } from './publish-targets';
import { UsageError } from './usage-error';
import { withLibrary } from './with-library';

export const publishCommand: Command = {
  name: 'publish',
  summary:
    'Queue approved or published articles for a WordPress site and send the outbox (editors and chief editors).',
  arguments: 'ID...',
  options: {
    site: { type: 'string' },
    'dry-run': { type: 'boolean' },
    by: { type: 'string' },
    role: { type: 'string' },
  },
  optionHelp: [
    '--site NAME  the WordPress site, as named in the settings (required)',
    '--dry-run    say what each article would become, without queuing or sending',
    '--by NAME    who queues them (default: the settings author name, else the OS user)',
    '--role ROLE  editor or chief_editor (default: the settings role)',
  ],
  positionals: { min: 1, max: 1_000 },
  run: (context) => {
    const siteName = context.values.site;
    if (typeof siteName !== 'string') throw new UsageError('publish needs --site NAME');
    const ids = context.positionals.map(parseArticleId);
    const role =
      typeof context.values.role === 'string'
        ? parseRole(context.values.role)
        : context.io.defaultRole();
    if (role === 'reporter') {
      throw new AppError('forbidden', 'only an editor or chief editor may publish to WordPress');
    }
    const by = typeof context.values.by === 'string' ? context.values.by : undefined;
    const targets = cliPublishTargets(context.io.env);
    const site = targets.site(siteName);
    return withLibrary(context, { create: false }, async (library) => {
      const articles = ids.map((id) => library.get(id));
      const plans = articles.map((article) =>
        plannedPostStatus(article, site.statusMapping, new Date()),
      );
      if (context.values['dry-run'] === true) {
        articles.forEach((article, index) => {
          const plan = plans[index]!;
          const date = plan.dateGmt === null ? '' : ` on ${plan.dateGmt} GMT`;
          const images = articleFigures(article.body).length;
          context.io.stdout(
            `${article.id}: would be sent to ${site.name} as ${plan.status}${date}, ${images} image(s): ${article.headline}\n`,
          );
        });
        return;
      }
      // The library lock says no other process is sending: a "sending" job was cut short.
      library.outbox.resumeInterrupted();
      const jobs = articles.map((article) =>
        library.outbox.enqueue(
          { articleId: article.id, site: site.name, kind: 'publish' },
          context.actor(by).name,
        ),
      );
      await sendDueJobs({ library, targetOf: targets.targetOf });
      const done = jobs.map((job) => library.outbox.job(job.id));
      for (const job of done) context.io.stdout(`${job.articleId}: ${publishJobLine(job)}\n`);
      if (done.some((job) => job.state === 'failed')) {
        throw new AppError('io', 'some articles could not be published (see above)');
      }
    });
  },
};
