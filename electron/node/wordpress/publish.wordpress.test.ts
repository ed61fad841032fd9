import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultStatusMapping } from '../../../shared/model/wordpress-site';
import type { Library } from '../library/library';
import { openTestLibrary } from '../library/testing/open-test-library';
import type { PublishTarget } from './publish-target';
import { sendDueJobs } from './send-due-jobs';
import { describeWithWordpress } from './testing/describe-with-wordpress';
import { publishableArticle } from './testing/publishable-article';
import { allPosts, readBack } from './testing/read-back';
import { startTestWordpress, type TestWordpress } from './testing/start-test-wordpress';
import type { WordpressPost } from './wordpress-post';

interface Media {
  id: number;
  source_url: string;
  alt_text: string;
  caption: { raw: string };
}

describeWithWordpress('publishing to a real WordPress', () => {
  let wordpress: TestWordpress;
  beforeAll(async () => {
    wordpress = await startTestWordpress();
  }, 120_000);
  afterAll(() => wordpress?.stop());

  const target = (): PublishTarget => ({
    site: {
      name: 'Test',
      address: wordpress.url,
      userName: wordpress.editor.login,
      statusMapping: defaultStatusMapping,
    },
    connection: {
      address: wordpress.url,
      userName: wordpress.editor.login,
      applicationPassword: wordpress.editor.applicationPassword,
    },
  });
  const send = (library: Library) =>
    sendDueJobs({ library, targetOf: () => target(), retryDelay: () => 0 });
  const publish = async (library: Library, articleId: string) => {
    const job = library.outbox.enqueue({ articleId, site: 'Test', kind: 'publish' }, 'Chef Ndiaye');
    await send(library);
    return library.outbox.job(job.id);
  };

  it('publishes an article with its images, pull quote, table, excerpt, slug and terms, then updates it', async () => {
    const library = openTestLibrary();
    const article = publishableArticle(library, { status: 'published', slug: 'theatre-publie' });
    const job = await publish(library, article.id);
    expect(job).toMatchObject({ state: 'published', lastError: '' });
    const { postId } = library.outbox.post(article.id, 'Test');
    const post = await readBack<WordpressPost>(wordpress, `/wp/v2/posts/${postId}`);
    expect(job.link).toBe(post.link);
    expect(post).toMatchObject({
      status: 'publish',
      slug: 'theatre-publie',
      title: { raw: 'Le théâtre rouvre ses portes' },
      excerpt: { raw: 'Après deux ans de travaux, la salle accueille à nouveau le public.' },
    });
    const content = post.content.raw;
    expect(content).toContain('<!-- wp:pullquote -->');
    expect(content).toContain('<!-- wp:table -->');
    expect(content).toContain('<p class="copydesk-byline">Awa Diop</p>');
    expect(content).not.toContain('copydesk-asset:');

    const media = await Promise.all(
      Object.values(library.outbox.post(article.id, 'Test').media).map(({ id }) =>
        readBack<Media>(wordpress, `/wp/v2/media/${id}`),
      ),
    );
    expect(media.map((item) => item.alt_text)).toEqual([
      'Photo 1 : la scène',
      'Photo 2 : la scène',
    ]);
    expect(media[0]?.caption.raw).toBe('Légende 1 — Photographe 1');
    expect(content.match(/<!-- wp:image -->/g)).toHaveLength(2);
    for (const item of media) expect(content).toContain(`<img src="${item.source_url}" alt="`);
    expect(post.featured_media).toBe(media[0]?.id);
    const image = await fetch(media[0]?.source_url ?? '');
    expect(image.headers.get('content-type')).toBe('image/png');

    const categories = await Promise.all(
      post.categories.map((id) => readBack<{ name: string }>(wordpress, `/wp/v2/categories/${id}`)),
    );
    expect(categories.map((term) => term.name)).toEqual(['Culture &amp; loisirs']);
    const tags = await Promise.all(
      post.tags.map((id) => readBack<{ name: string }>(wordpress, `/wp/v2/tags/${id}`)),
    );
    expect(tags.map((term) => term.name).sort()).toEqual(['Lyon', 'Théâtre']);

    const postsBefore = (await allPosts(wordpress)).length;
    const current = library.get(article.id);
    library.save(
      {
        id: article.id,
        baseRevision: current.revision,
        changes: { headline: 'Le théâtre a rouvert' },
      },
      { name: 'Chef Ndiaye', role: 'editor' },
    );
    expect((await publish(library, article.id)).state).toBe('published');
    const updated = await readBack<WordpressPost>(wordpress, `/wp/v2/posts/${postId}`);
    expect(updated.title.raw).toBe('Le théâtre a rouvert');
    expect(await allPosts(wordpress)).toHaveLength(postsBefore);
    const mediaCount = (await readBack<Media[]>(wordpress, '/wp/v2/media', { per_page: 100 }))
      .length;
    expect(mediaCount).toBe(media.length);
  });

  it('sends an embargoed article as scheduled at the embargo, in GMT', async () => {
    const library = openTestLibrary();
    const embargo = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    embargo.setUTCSeconds(0, 0);
    const article = publishableArticle(library, {
      status: 'published',
      slug: 'sous-embargo',
      images: 0,
      embargo: embargo.toISOString(),
    });
    expect((await publish(library, article.id)).state).toBe('published');
    const post = await readBack<WordpressPost>(
      wordpress,
      `/wp/v2/posts/${library.outbox.post(article.id, 'Test').postId}`,
    );
    expect(post.status).toBe('future');
    expect(post.date_gmt).toBe(embargo.toISOString().slice(0, 19));
  });

  it('queues while the site is down and sends once it is back, without a duplicate', async () => {
    const library = openTestLibrary();
    const article = publishableArticle(library, {
      status: 'approved',
      slug: 'hors-ligne',
      images: 1,
    });
    const before = (await allPosts(wordpress)).length;
    await wordpress.stopServer();
    try {
      const job = library.outbox.enqueue(
        { articleId: article.id, site: 'Test', kind: 'publish' },
        'Chef Ndiaye',
      );
      expect(await send(library)).toBe(0);
      expect(library.outbox.job(job.id)).toMatchObject({ state: 'queued', attempts: 1 });
      expect(library.outbox.job(job.id).lastError).not.toBe('');
    } finally {
      await wordpress.startServer();
    }
    expect(await send(library)).toBe(1);
    const posts = await allPosts(wordpress);
    expect(posts).toHaveLength(before + 1);
    expect(posts.find((post) => post.slug === 'hors-ligne')?.status).toBe('pending');
  });

  it('adopts the post a lost answer left behind instead of creating a second one', async () => {
    const library = openTestLibrary();
    const article = publishableArticle(library, { status: 'published', slug: 'reponse-perdue' });
    await publish(library, article.id);
    const sent = library.outbox.post(article.id, 'Test');
    const before = (await allPosts(wordpress)).length;
    const mediaBefore = (await readBack<Media[]>(wordpress, '/wp/v2/media', { per_page: 100 }))
      .length;
    // As if the process died after WordPress created the post and media, before storing the ids.
    library.outbox.savePost({
      ...sent,
      postId: null,
      media: {},
      createStartedAt: new Date(Date.now() - 5_000).toISOString(),
    });
    expect((await publish(library, article.id)).state).toBe('published');
    expect(library.outbox.post(article.id, 'Test').postId).toBe(sent.postId);
    expect(await allPosts(wordpress)).toHaveLength(before);
    expect(await readBack<Media[]>(wordpress, '/wp/v2/media', { per_page: 100 })).toHaveLength(
      mediaBefore,
    );
  });

  it('asks before overwriting an edit made in wp-admin, then overwrites once confirmed', async () => {
    const library = openTestLibrary();
    const article = publishableArticle(library, {
      status: 'published',
      slug: 'edite-ailleurs',
      images: 0,
    });
    await publish(library, article.id);
    const { postId } = library.outbox.post(article.id, 'Test');
    const theirs = '<!-- wp:paragraph -->\n<p>Corrigé dans wp-admin.</p>\n<!-- /wp:paragraph -->';
    await fetch(`${wordpress.url}/?rest_route=/wp/v2/posts/${postId}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${wordpress.admin.login}:${wordpress.admin.applicationPassword}`).toString('base64')}`,
      },
      body: JSON.stringify({ content: theirs }),
    });
    const job = await publish(library, article.id);
    expect(job.state).toBe('edited_remotely');
    expect(library.outbox.post(article.id, 'Test').remoteContent).toBe(theirs);
    expect((await readBack<WordpressPost>(wordpress, `/wp/v2/posts/${postId}`)).content.raw).toBe(
      theirs,
    );

    library.outbox.confirmOverwrite(job.id);
    await send(library);
    expect(library.outbox.job(job.id).state).toBe('published');
    const post = await readBack<WordpressPost>(wordpress, `/wp/v2/posts/${postId}`);
    expect(post.content.raw).toContain('Le rideau s’est levé samedi soir.');
  });

  it('adds a dated correction note at the end of the published post', async () => {
    const library = openTestLibrary();
    const article = publishableArticle(library, {
      status: 'published',
      slug: 'corrige',
      images: 0,
    });
    await publish(library, article.id);
    library.outbox.enqueue(
      {
        articleId: article.id,
        site: 'Test',
        kind: 'correction',
        correction: 'Le théâtre compte 900 places, et non 600.',
      },
      'Chef Ndiaye',
    );
    await send(library);
    const post = await readBack<WordpressPost>(
      wordpress,
      `/wp/v2/posts/${library.outbox.post(article.id, 'Test').postId}`,
    );
    expect(post.content.raw).toMatch(
      /<p class="copydesk-correction"><strong>Rectificatif \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)\u00a0:<\/strong> Le théâtre compte 900 places, et non 600\.<\/p>\n<!-- \/wp:paragraph -->$/,
    );
  });
});
