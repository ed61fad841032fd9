import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PublishJob } from '../../shared/wordpress/publish-job';
import { defaultStatusMapping } from '../../shared/model/wordpress-site';
import { openLibrary } from '../node/library/open-library';
import { createConfSettings } from '../node/settings/conf-settings';
import { fileSiteSecrets } from '../node/wordpress/file-site-secrets';
import { plainSecretSeal } from '../node/secrets/secret-seal';
import { describeWithWordpress } from '../node/wordpress/testing/describe-with-wordpress';
import { publishableArticle } from '../node/wordpress/testing/publishable-article';
import { allPosts, readBack } from '../node/wordpress/testing/read-back';
import { waitFor } from '../node/wordpress/testing/wait-for';
import {
  startTestWordpress,
  type TestWordpress,
} from '../node/wordpress/testing/start-test-wordpress';
import { runCli } from './testing/run-cli';

describeWithWordpress('copydesk publish and outbox against a real WordPress', () => {
  let wordpress: TestWordpress;
  let folder: string;
  beforeAll(async () => {
    wordpress = await startTestWordpress();
    folder = mkdtempSync(join(tmpdir(), 'copydesk-publish-cli-'));
    createConfSettings({ cwd: join(folder, 'settings'), locale: 'fr' }).update({
      wordpressSites: [
        {
          name: 'Gazette',
          address: wordpress.url,
          userName: wordpress.editor.login,
          statusMapping: defaultStatusMapping,
        },
      ],
    });
    fileSiteSecrets(join(folder, 'settings'), plainSecretSeal).set(
      'Gazette',
      wordpress.editor.applicationPassword,
    );
  }, 120_000);
  afterAll(async () => {
    await wordpress?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const cli = (...args: string[]) =>
    runCli(['--library', join(folder, 'library'), ...args], {
      author: 'Chef Ndiaye',
      role: 'editor',
      env: { COPYDESK_SETTINGS_DIR: join(folder, 'settings') },
    });
  const articleWith = (images: number, slug: string): string => {
    const library = openLibrary(join(folder, 'library'), { create: true });
    try {
      return publishableArticle(library, { status: 'published', images, slug }).id;
    } finally {
      library.close();
    }
  };

  it('says what would be sent without sending anything on --dry-run', async () => {
    const id = articleWith(1, 'essai-a-blanc');
    const before = (await allPosts(wordpress)).length;
    const result = await cli('publish', id, '--site', 'Gazette', '--dry-run');
    expect(result).toEqual({
      code: 0,
      stdout: `${id}: would be sent to Gazette as publish, 1 image(s): Le théâtre rouvre ses portes\n`,
      stderr: '',
    });
    expect(await allPosts(wordpress)).toHaveLength(before);
  });

  it('publishes an article with 5 images in one command and lists it in the outbox', async () => {
    const id = articleWith(5, 'cinq-images');
    const started = performance.now();
    const result = await cli('publish', id, '--site', 'Gazette');
    const elapsed = performance.now() - started;
    console.info(`copydesk publish, an article with 5 images: ${Math.round(elapsed)} ms`);
    expect(result.code).toBe(0);
    const post = (await allPosts(wordpress)).find((candidate) => candidate.slug === 'cinq-images');
    expect(result.stdout).toBe(`${id}: published at ${post?.link}\n`);
    expect(post?.content.raw.match(/<!-- wp:image -->/g)).toHaveLength(5);

    const listed = await cli('outbox', '--json');
    const jobs = JSON.parse(listed.stdout) as PublishJob[];
    expect(jobs.find((job) => job.articleId === id)).toMatchObject({
      state: 'published',
      link: post?.link,
    });
    expect((await cli('outbox')).stdout).toContain(`${id} → Gazette: published at ${post?.link}`);
  });

  it('survives a SIGKILL while sending: sent again, nothing is duplicated', async () => {
    const id = articleWith(8, 'coupe-en-vol');
    const mediaCount = async () =>
      (await readBack<unknown[]>(wordpress, '/wp/v2/media', { per_page: 100 })).length;
    const before = await mediaCount();
    const child = spawn(
      process.execPath,
      [
        join(import.meta.dirname, 'bin.mjs'),
        '--library',
        join(folder, 'library'),
        'publish',
        id,
        '--site',
        'Gazette',
        '--role',
        'editor',
      ],
      { env: { ...process.env, COPYDESK_SETTINGS_DIR: join(folder, 'settings') }, stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await waitFor('a first image on the site', async () => (await mediaCount()) > before);
    child.kill('SIGKILL');
    await exited;

    const again = await cli('publish', id, '--site', 'Gazette');
    expect(again).toMatchObject({ code: 0, stderr: '' });
    const posts = (await allPosts(wordpress)).filter((post) =>
      post.slug.startsWith('coupe-en-vol'),
    );
    expect(posts).toHaveLength(1);
    expect(posts[0]?.content.raw.match(/<!-- wp:image -->/g)).toHaveLength(8);
    // The pictures of the 5-image article come back here (same bytes): found, not sent again.
    const media = await readBack<{ slug: string }[]>(wordpress, '/wp/v2/media', { per_page: 100 });
    expect(new Set(media.map((item) => item.slug)).size).toBe(media.length);
    expect(media).toHaveLength(8);
  });

  it('refuses a reporter, and a site missing from the settings', async () => {
    const id = articleWith(0, 'refus');
    const asReporter = await runCli(
      ['--library', join(folder, 'library'), 'publish', id, '--site', 'Gazette'],
      {
        role: 'reporter',
        env: { COPYDESK_SETTINGS_DIR: join(folder, 'settings') },
      },
    );
    expect(asReporter).toMatchObject({
      code: 1,
      stderr: 'copydesk: only an editor or chief editor may publish to WordPress\n',
    });
    expect((await cli('publish', id, '--site', 'Ailleurs')).stderr).toBe(
      'copydesk: no WordPress site named "Ailleurs" in the settings (known: Gazette)\n',
    );
  });
});
