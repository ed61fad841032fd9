import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PublishJob } from '../../../shared/wordpress/publish-job';
import { defaultStatusMapping } from '../../../shared/model/wordpress-site';
import { LibrarySession } from '../../node/library/library-session';
import { openLibrary } from '../../node/library/open-library';
import { temporaryFolder } from '../../node/library/testing/temporary-folder';
import { createFakeSettingsStore } from '../../node/settings/testing/fake-settings-store';
import { generateSigningKey } from '../../node/signing/signing-key';
import { describeWithWordpress } from '../../node/wordpress/testing/describe-with-wordpress';
import { memorySiteSecrets } from '../../node/wordpress/testing/memory-site-secrets';
import { publishableArticle } from '../../node/wordpress/testing/publishable-article';
import {
  startTestWordpress,
  type TestWordpress,
} from '../../node/wordpress/testing/start-test-wordpress';
import { waitFor } from '../../node/wordpress/testing/wait-for';
import { allPosts, readBack } from '../../node/wordpress/testing/read-back';
import type { WordpressPost } from '../../node/wordpress/wordpress-post';
import { dispatch } from '../dispatch';
import { createHostEvents } from '../events/host-events';
import { createHandlers } from './create-handlers';

describeWithWordpress('publishing from the app (handlers) to a real WordPress', () => {
  let wordpress: TestWordpress;
  beforeAll(async () => {
    wordpress = await startTestWordpress();
  }, 120_000);
  afterAll(() => wordpress?.stop());

  const setup = (
    folder = temporaryFolder(),
    settings = createFakeSettingsStore(),
    siteSecrets = memorySiteSecrets(),
  ) => {
    settings.update({ authorName: 'Chef Ndiaye', role: 'editor' });
    const session = new LibrarySession(settings, (at, options) => openLibrary(at, options));
    const library = session.open(folder, { create: true });
    const signingKey = generateSigningKey();
    const events = createHostEvents();
    const announced: PublishJob[] = [];
    events.subscribe((event) => {
      if (event.name === 'outbox:changed') announced.push(event.payload.job);
    });
    const handlers = createHandlers({
      host: 'web',
      version: '1',
      platform: 'linux',
      settings,
      signingKey: () => signingKey,
      siteSecrets,
      dialogs: {} as never,
      session,
      events,
      openExternal: () => Promise.resolve(false),
      notices: () => [],
    });
    const call = (channel: string, payload: unknown = {}) => dispatch(handlers, channel, payload);
    return { settings, library, call, announced, close: () => library.close() };
  };

  it('keeps a site with its password, checks it, and publishes through the outbox', async () => {
    const { settings, library, call, close } = setup();
    try {
      const site = {
        name: 'Gazette',
        address: wordpress.url,
        userName: wordpress.editor.login,
        statusMapping: defaultStatusMapping,
      };
      await call('wordpress:saveSite', { site, applicationPassword: 'wrong password' });
      expect(JSON.stringify(settings.get())).not.toContain('wrong password');
      expect(await call('wordpress:checkConnection', { name: 'Gazette' })).toEqual({
        ok: true,
        value: { ok: false, problem: { code: 'wrong_password' } },
      });
      await call('wordpress:saveSite', {
        site,
        applicationPassword: wordpress.editor.applicationPassword,
      });
      expect(await call('wordpress:checkConnection', { name: 'Gazette' })).toEqual({
        ok: true,
        value: { ok: true, displayName: 'redaction' },
      });

      const article = publishableArticle(library, {
        status: 'approved',
        images: 1,
        slug: 'depuis-l-app',
      });
      const queued = await call('outbox:publish', { id: article.id, site: 'Gazette' });
      const queuedState = (queued as { value: PublishJob }).value.state;
      expect(['queued', 'sending']).toContain(queuedState);
      const job = async () =>
        ((await call('outbox:list')) as { value: PublishJob[] }).value.find(
          (candidate) => candidate.articleId === article.id,
        );
      await waitFor('the outbox', async () => (await job())?.state === 'published');
      expect((await job())?.link).toContain(wordpress.url);
    } finally {
      close();
    }
  });

  it('refuses a reporter', async () => {
    const { settings, library, call, close } = setup();
    try {
      settings.update({ role: 'reporter' });
      const article = publishableArticle(library, { status: 'approved', images: 0 });
      expect(await call('outbox:publish', { id: article.id, site: 'Gazette' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    } finally {
      close();
    }
  });

  it('announces each step, then publishes a correction kept in the status log', async () => {
    const { settings, library, call, announced, close } = setup();
    try {
      settings.update({ role: 'chief_editor' });
      await call('wordpress:saveSite', {
        site: {
          name: 'Gazette',
          address: wordpress.url,
          userName: wordpress.editor.login,
          statusMapping: defaultStatusMapping,
        },
        applicationPassword: wordpress.editor.applicationPassword,
      });
      const article = publishableArticle(library, { status: 'published', images: 2 });
      expect(
        await call('outbox:correct', { id: article.id, site: 'Gazette', text: 'Trop tôt.' }),
      ).toMatchObject({ ok: false, error: { code: 'conflict' } });
      await call('outbox:publish', { id: article.id, site: 'Gazette' });
      const states = (kind: PublishJob['kind']) =>
        announced.filter((job) => job.kind === kind).map((job) => job.state);
      await waitFor('the post', () => Promise.resolve(states('publish').includes('published')));
      expect(new Set(states('publish'))).toEqual(new Set(['queued', 'sending', 'published']));
      expect(announced.map((job) => job.progress)).toContain('image 2/2');
      expect(announced.at(-1)).toMatchObject({
        headline: article.headline,
        link: expect.stringContaining(wordpress.url) as string,
      });

      const text = 'Le théâtre compte 900 places, et non 600.';
      await call('outbox:correct', { id: article.id, site: 'Gazette', text });
      await waitFor('the correction', () =>
        Promise.resolve(states('correction').includes('published')),
      );
      const post = await readBack<WordpressPost>(
        wordpress,
        `/wp/v2/posts/${library.outbox.post(article.id, 'Gazette').postId}`,
      );
      expect(post.content.raw).toContain(`</strong> ${text}</p>`);
      expect(library.statusLog(article.id).at(-1)).toMatchObject({
        from: 'published',
        to: 'published',
        by: 'Chef Ndiaye',
        note: `Correction (Gazette): ${text}`,
      });
    } finally {
      close();
    }
  });

  it('retries a failed job once asked, and only a failed one', async () => {
    const { library, call, close } = setup();
    try {
      const article = publishableArticle(library, { status: 'approved', images: 0 });
      const queued = (await call('outbox:publish', { id: article.id, site: 'Nowhere' })) as {
        value: PublishJob;
      };
      const state = async () =>
        ((await call('outbox:list')) as { value: PublishJob[] }).value.find(
          (job) => job.id === queued.value.id,
        );
      await waitFor('the failure', async () => (await state())?.state === 'failed');
      expect((await state())?.lastError).toContain('Nowhere');
      expect(await call('outbox:retry', { jobId: queued.value.id })).toMatchObject({
        ok: true,
        value: { state: 'queued', lastError: '', attempts: 0 },
      });
      await waitFor('the second failure', async () => (await state())?.state === 'failed');
      await call('outbox:cancel', { jobId: queued.value.id });
      expect(await call('outbox:retry', { jobId: queued.value.id })).toMatchObject({
        ok: false,
        error: { code: 'conflict' },
      });
    } finally {
      close();
    }
  });

  it('sends what a crash left sending once the library opens again, without a duplicate', async () => {
    const folder = temporaryFolder();
    const settings = createFakeSettingsStore();
    const secrets = memorySiteSecrets();
    settings.update({
      wordpressSites: [
        {
          name: 'Gazette',
          address: wordpress.url,
          userName: wordpress.editor.login,
          statusMapping: defaultStatusMapping,
        },
      ],
    });
    secrets.set('Gazette', wordpress.editor.applicationPassword);
    const before = await allPosts(wordpress);
    // As a killed host leaves it: the job claimed (sending), its post never created.
    const crashed = openLibrary(folder, { create: true });
    const article = publishableArticle(crashed, {
      status: 'published',
      images: 1,
      slug: 'reprise',
    });
    const queued = crashed.outbox.enqueue(
      { articleId: article.id, site: 'Gazette', kind: 'publish' },
      'Chef Ndiaye',
    );
    expect(crashed.outbox.claimDue(new Date(Date.now() + 1000))?.state).toBe('sending');
    crashed.close();

    const { call, close } = setup(folder, settings, secrets);
    try {
      const state = async () =>
        ((await call('outbox:list')) as { value: PublishJob[] }).value.find(
          (job) => job.id === queued.id,
        )?.state;
      // Well before the runner's 30-second round: the opening itself sends it.
      await waitFor('the interrupted job', async () => (await state()) === 'published', 20_000);
      const after = await allPosts(wordpress);
      expect(after).toHaveLength(before.length + 1);
      expect(after.filter((post) => post.slug === 'reprise')).toHaveLength(1);
    } finally {
      close();
    }
  });
});
