import type { Article } from '../../../shared/model/article';
import { wordpressGmt } from '../../../shared/wordpress/planned-post-status';
import type { WordpressConnection } from './wordpress-connection';
import type { WordpressPost } from './wordpress-post';
import { wordpressRequest } from './wordpress-request';

/** `modified_after` is read in the site's local time, which may be up to 14 hours off GMT. */
const dayAndMargin = 26 * 60 * 60 * 1000;

/**
 * After a create whose answer was lost (a crash, a cut connection), the post may exist: ours is
 * the one this user wrote since the attempt began, with our title and slug. Null when none is.
 */
export const adoptCreatedPost = async (
  connection: WordpressConnection,
  article: Pick<Article, 'headline' | 'slug'>,
  attemptStartedAt: string,
): Promise<number | null> => {
  const me = (await wordpressRequest(connection, { route: '/wp/v2/users/me' })).body as {
    id: number;
  };
  const candidates = (
    await wordpressRequest(connection, {
      route: '/wp/v2/posts',
      query: {
        author: me.id,
        context: 'edit',
        status: 'publish,future,draft,pending,private',
        modified_after: wordpressGmt(new Date(Date.parse(attemptStartedAt) - dayAndMargin)),
        search: article.headline,
        per_page: 100,
      },
    })
  ).body as WordpressPost[];
  const match = candidates.find(
    (post) =>
      post.title.raw === article.headline &&
      (article.slug === '' || post.slug.startsWith(article.slug)),
  );
  return match?.id ?? null;
};
