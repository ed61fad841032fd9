import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WordpressSite } from '../../../shared/model/wordpress-site';
import type { Library } from '../library/library';
import { openTestLibrary } from '../library/testing/open-test-library';
import { articleFigures } from '../../../shared/editor/article-figures';
import { sendDueJobs } from './send-due-jobs';
import { describeWithWordpress } from './testing/describe-with-wordpress';
import { publishableArticle } from './testing/publishable-article';
import { readBack } from './testing/read-back';
import { startTestWordpress, type TestWordpress } from './testing/start-test-wordpress';
import { wordpressRequest } from './wordpress-request';
import type { WordpressPost } from './wordpress-post';

describeWithWordpress('the choices a desk makes for WordPress (real WordPress)', () => {
  let wordpress: TestWordpress;
  let moussa: number;
  beforeAll(async () => {
    wordpress = await startTestWordpress();
    const created = await wordpressRequest(
      {
        address: wordpress.url,
        userName: wordpress.admin.login,
        applicationPassword: wordpress.admin.applicationPassword,
      },
      {
        method: 'POST',
        route: '/wp/v2/users',
        json: {
          username: 'msow',
          name: 'Moussa Sow',
          email: 'msow@example.com',
          password: 'a long password for the test',
          roles: ['author'],
        },
      },
    );
    moussa = (created.body as { id: number }).id;
  }, 120_000);
  afterAll(() => wordpress?.stop());

  const publish = async (
    library: Library,
    articleId: string,
    statusMapping: WordpressSite['statusMapping'] = { published: 'publish', approved: 'pending' },
  ): Promise<WordpressPost> => {
    library.outbox.enqueue({ articleId, site: 'Test', kind: 'publish' }, 'Chef Ndiaye');
    await sendDueJobs({
      library,
      retryDelay: () => 0,
      targetOf: () => ({
        site: {
          name: 'Test',
          address: wordpress.url,
          userName: wordpress.editor.login,
          statusMapping,
        },
        connection: {
          address: wordpress.url,
          userName: wordpress.editor.login,
          applicationPassword: wordpress.editor.applicationPassword,
        },
      }),
    });
    const { postId } = library.outbox.post(articleId, 'Test');
    return readBack<WordpressPost>(wordpress, `/wp/v2/posts/${postId}`);
  };

  it('features the figure the editor chose, else the first', async () => {
    const library = openTestLibrary();
    const article = publishableArticle(library, { status: 'published', images: 3 });
    const [first, second] = articleFigures(article.body);
    library.outbox.chooseFeaturedImage(article.id, second!.src);
    expect(library.outbox.featuredImage(article.id)).toBe(second!.src);
    const post = await publish(library, article.id);
    const { media } = library.outbox.post(article.id, 'Test');
    expect(post.featured_media).toBe(media[second!.src]?.id);

    library.outbox.chooseFeaturedImage(article.id, null);
    expect((await publish(library, article.id)).featured_media).toBe(media[first!.src]?.id);
  });

  it('makes the first byline the post author when a WordPress user has that name', async () => {
    const library = openTestLibrary();
    const alone = publishableArticle(library, {
      status: 'published',
      images: 0,
      slug: 'seul',
      bylines: ['moussa  SOW'],
    });
    const post = await publish(library, alone.id);
    expect(post.author).toBe(moussa);
    expect(post.content.raw).not.toContain('copydesk-byline');

    const shared = publishableArticle(library, {
      status: 'published',
      images: 0,
      slug: 'a-deux',
      bylines: ['Moussa Sow', 'Awa Diop'],
    });
    const together = await publish(library, shared.id);
    expect(together.author).toBe(moussa);
    expect(together.content.raw).toContain('<p class="copydesk-byline">Moussa Sow, Awa Diop</p>');

    const unknown = publishableArticle(library, {
      status: 'published',
      images: 0,
      slug: 'inconnue',
      bylines: ['Awa Diop'],
    });
    const theirs = await publish(library, unknown.id);
    expect(theirs.author).not.toBe(moussa);
    expect(theirs.content.raw).toContain('<p class="copydesk-byline">Awa Diop</p>');
  });

  it('sends each status as the site maps it', async () => {
    const library = openTestLibrary();
    const approved = publishableArticle(library, { status: 'approved', images: 0, slug: 'ok' });
    const drafts = { published: 'draft', approved: 'draft' } as const;
    expect((await publish(library, approved.id, drafts)).status).toBe('draft');
    const published = publishableArticle(library, { status: 'published', images: 0, slug: 'pub' });
    const pending = { published: 'pending', approved: 'draft' } as const;
    expect((await publish(library, published.id, pending)).status).toBe('pending');
  });
});
