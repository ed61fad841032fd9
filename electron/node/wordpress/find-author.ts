import type { WordpressConnection } from './wordpress-connection';
import { wordpressRequest } from './wordpress-request';
import { WordpressRequestError } from './wordpress-request-error';

interface WordpressUser {
  id: number;
  name: string;
}

const listAuthors = async (
  connection: WordpressConnection,
  name: string,
): Promise<WordpressUser[]> => {
  try {
    const answer = await wordpressRequest(connection, {
      route: '/wp/v2/users',
      query: { search: name, who: 'authors', per_page: 100 },
    });
    return answer.body as WordpressUser[];
  } catch (error) {
    // A site that hides its users from this account: the names go into the content instead.
    if (error instanceof WordpressRequestError && !error.retryable) return [];
    throw error;
  }
};

/**
 * The WordPress user whose display name is the byline's name (case and spacing aside), among
 * those who may author posts; null when none is, or more than one.
 */
export const findAuthor = async (
  connection: WordpressConnection,
  name: string,
): Promise<number | null> => {
  const wanted = name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  if (wanted === '') return null;
  const matches = (await listAuthors(connection, name.trim().replace(/\s+/g, ' '))).filter(
    (user) => user.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === wanted,
  );
  return matches.length === 1 ? matches[0]!.id : null;
};
