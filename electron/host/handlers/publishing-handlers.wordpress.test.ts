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
import { dispatch } from '../dispatch';
import { createHostEvents } from '../events/host-events';
import { createHandlers } from './create-handlers';

describeWithWordpress('publishing from the app (handlers) to a real WordPress', () => {
  let wordpress: TestWordpress;
  beforeAll(async () => {
    wordpress = await startTestWordpress();
  }, 120_000);
  afterAll(() => wordpress?.stop());

  const setup = () => {
    const settings = createFakeSettingsStore();
    settings.update({ authorName: 'Chef Ndiaye', role: 'editor' });
    const session = new LibrarySession(settings, (folder, options) => openLibrary(folder, options));
    const library = session.open(temporaryFolder(), { create: true });
    const signingKey = generateSigningKey();
    const handlers = createHandlers({
      host: 'web',
      version: '1',
      platform: 'linux',
      settings,
      signingKey: () => signingKey,
      siteSecrets: memorySiteSecrets(),
      dialogs: {} as never,
      session,
      events: createHostEvents(),
      openExternal: () => Promise.resolve(false),
      notices: () => [],
    });
    const call = (channel: string, payload: unknown = {}) => dispatch(handlers, channel, payload);
    return { settings, library, call, close: () => library.close() };
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
});
