import { AppError } from '../../../shared/errors/error-code';
import { WordpressSite } from '../../../shared/model/wordpress-site';
import { checkConnection } from '../../node/wordpress/check-connection';
import type { HandlerTable } from '../dispatch';
import type { OutboxRunner } from '../publishing/outbox-runner';
import { actorFromSettings } from './actor-from-settings';
import type { HostContext } from './host-context';

type PublishingHandlers = Pick<
  HandlerTable,
  | 'wordpress:saveSite'
  | 'wordpress:removeSite'
  | 'wordpress:checkConnection'
  | 'outbox:publish'
  | 'outbox:correct'
  | 'outbox:list'
  | 'outbox:cancel'
  | 'outbox:retry'
  | 'outbox:featuredImage'
  | 'outbox:chooseFeaturedImage'
  | 'outbox:confirmOverwrite'
  | 'outbox:remoteEdit'
>;

export const createPublishingHandlers = (
  context: HostContext,
  runner: OutboxRunner,
): PublishingHandlers => {
  const editor = (): string => {
    const actor = actorFromSettings(context.settings);
    if (actor.role === 'reporter') {
      throw new AppError('forbidden', 'Only an editor or chief editor may publish to WordPress.');
    }
    return actor.name;
  };
  const outbox = () => context.session.current().outbox;
  const sites = () => context.settings.get().wordpressSites;
  const queued = <T>(job: T): T => (runner.kick(), job);
  return {
    'wordpress:saveSite': ({ site, applicationPassword }) => {
      const checked = WordpressSite.parse(site);
      if (applicationPassword !== undefined)
        context.siteSecrets.set(checked.name, applicationPassword);
      const others = sites().filter((candidate) => candidate.name !== checked.name);
      return context.settings.update({ wordpressSites: [...others, checked] }).wordpressSites;
    },
    'wordpress:removeSite': ({ name }) => {
      context.siteSecrets.delete(name);
      const kept = sites().filter((candidate) => candidate.name !== name);
      return context.settings.update({ wordpressSites: kept }).wordpressSites;
    },
    'wordpress:checkConnection': async ({ name }) => {
      const site = sites().find((candidate) => candidate.name === name);
      if (site === undefined) throw new AppError('not_found', `No site named "${name}".`);
      const result = await checkConnection({
        address: site.address,
        userName: site.userName,
        applicationPassword: context.siteSecrets.get(name) ?? '',
      });
      return result.ok
        ? { ok: true as const, displayName: result.value.displayName }
        : { ok: false as const, problem: result.problem };
    },
    'outbox:publish': ({ id, site }) =>
      queued(outbox().enqueue({ articleId: id, site, kind: 'publish' }, editor())),
    'outbox:correct': ({ id, site, text }) => {
      if (context.session.current().get(id).status !== 'published') {
        throw new AppError('conflict', 'Only a published article can be corrected.');
      }
      const sent = outbox()
        .jobs()
        .some(
          (job) =>
            job.articleId === id &&
            job.site === site &&
            job.kind === 'publish' &&
            (job.state === 'published' || job.state === 'queued' || job.state === 'sending'),
        );
      if (!sent) {
        throw new AppError(
          'conflict',
          `Publish the article to ${site} before correcting it there.`,
        );
      }
      return queued(
        outbox().enqueue({ articleId: id, site, kind: 'correction', correction: text }, editor()),
      );
    },
    'outbox:featuredImage': ({ id }) => ({ src: outbox().featuredImage(id) }),
    'outbox:chooseFeaturedImage': ({ id, src }) => {
      editor();
      context.session.current().get(id);
      outbox().chooseFeaturedImage(id, src);
      return { src };
    },
    'outbox:list': () => outbox().jobs(),
    'outbox:cancel': ({ jobId }) => (editor(), outbox().cancel(jobId)),
    'outbox:retry': ({ jobId }) => (editor(), queued(outbox().retry(jobId))),
    'outbox:confirmOverwrite': ({ jobId }) => (editor(), queued(outbox().confirmOverwrite(jobId))),
    'outbox:remoteEdit': ({ id, site }) => {
      const post = outbox().post(id, site);
      return { ours: post.pushedContent, theirs: post.remoteContent };
    },
  };
};
