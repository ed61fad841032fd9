import { digest } from 'lib0/hash/sha256';
import { canonicalJson } from '../package/canonical-json';
import type { ArticleFields } from '../model/article';

/**
 * The Yjs client id that seeds an article's document: derived from the article's id and its
 * fields, so two libraries that seed the same article from the same text (each migrating its
 * own copy) write identical items and merge without doubling it; different text gives a
 * different id, and the two seeds are seen as unrelated histories instead of colliding.
 */
export const seedClientId = (articleId: string, fields: ArticleFields): number => {
  const hash = digest(new TextEncoder().encode(`${articleId}\n${canonicalJson(fields)}`));
  return (
    (((hash[0] ?? 0) << 24) | ((hash[1] ?? 0) << 16) | ((hash[2] ?? 0) << 8) | (hash[3] ?? 0)) >>> 0
  );
};
