import type { WordpressPost } from '../wordpress-post';
import { wordpressRequest } from '../wordpress-request';
import type { TestWordpress } from './start-test-wordpress';

/** Reads the site as its administrator, as a person checking in wp-admin would. */
export const readBack = async <T>(
  wordpress: TestWordpress,
  route: string,
  query: Record<string, string | number> = {},
): Promise<T> =>
  (
    await wordpressRequest(
      {
        address: wordpress.url,
        userName: wordpress.admin.login,
        applicationPassword: wordpress.admin.applicationPassword,
      },
      { route, query: { context: 'edit', ...query } },
    )
  ).body as T;

/** Every post of the site in any status, newest first. */
export const allPosts = (wordpress: TestWordpress): Promise<WordpressPost[]> =>
  readBack<WordpressPost[]>(wordpress, '/wp/v2/posts', {
    status: 'publish,future,draft,pending,private',
    per_page: 100,
  });
