import { decodeHtmlEntities } from '../../../shared/editor/policy/decode-html-entities';
import type { WordpressConnection } from './wordpress-connection';
import { wordpressRequest } from './wordpress-request';
import { WordpressRequestError } from './wordpress-request-error';

interface Term {
  id: number;
  name: string;
}

const sameName = (left: string, right: string): boolean =>
  decodeHtmlEntities(left).trim().toLocaleLowerCase() === right.trim().toLocaleLowerCase();

const existingTermId = (error: WordpressRequestError, body: unknown): number | null => {
  if (error.code !== 'term_exists') return null;
  const data = (body as { data?: { term_id?: unknown } } | null)?.data;
  return typeof data?.term_id === 'number' ? data.term_id : null;
};

/**
 * The ids of the named categories or tags, each created when the site has none of that name
 * (WordPress answers names HTML-escaped, `Culture &amp; loisirs`, hence the decoding).
 */
export const ensureTerms = async (
  connection: WordpressConnection,
  taxonomy: 'categories' | 'tags',
  names: readonly string[],
): Promise<number[]> => {
  const ids: number[] = [];
  for (const name of names) {
    const found = (
      await wordpressRequest(connection, {
        route: `/wp/v2/${taxonomy}`,
        query: { search: name, per_page: 100, context: 'edit' },
      })
    ).body as Term[];
    const match = found.find((term) => sameName(term.name, name));
    if (match !== undefined) {
      ids.push(match.id);
      continue;
    }
    try {
      const created = (
        await wordpressRequest(connection, {
          method: 'POST',
          route: `/wp/v2/${taxonomy}`,
          json: { name },
        })
      ).body as Term;
      ids.push(created.id);
    } catch (error) {
      const id = error instanceof WordpressRequestError ? existingTermId(error, error.body) : null;
      if (id === null) throw error;
      ids.push(id);
    }
  }
  return [...new Set(ids)];
};
