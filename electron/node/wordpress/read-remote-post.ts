import type { WordpressConnection } from './wordpress-connection';
import type { WordpressPost } from './wordpress-post';
import { wordpressRequest } from './wordpress-request';
import { WordpressRequestError } from './wordpress-request-error';

/** The post as the site has it now, or null when it is gone (deleted, or emptied from the trash). */
export const readRemotePost = async (
  connection: WordpressConnection,
  postId: number,
): Promise<WordpressPost | null> => {
  try {
    const post = (
      await wordpressRequest(connection, {
        route: `/wp/v2/posts/${postId}`,
        query: { context: 'edit' },
      })
    ).body as WordpressPost;
    return post.status === 'trash' ? null : post;
  } catch (error) {
    if (error instanceof WordpressRequestError && error.status === 404) return null;
    throw error;
  }
};
