import * as Y from 'yjs';
import type { ArticleFields } from '../model/article';
import { seedMap } from './article-document';
import { seedClientId } from './seed-client-id';
import { writeArticleChanges } from './write-article-changes';

/**
 * The one place an article's document is seeded from fields. Only the library calls it (when it
 * first needs an article's document); editors always start from the library's state, so the
 * first text is never inserted twice.
 */
export const createArticleDocument = (articleId: string, fields: ArticleFields): Y.Doc => {
  const doc = new Y.Doc();
  const seed = seedClientId(articleId, fields);
  doc.clientID = seed;
  doc.transact(() => {
    seedMap(doc).set('seed', seed);
    writeArticleChanges(doc, fields);
  });
  return doc;
};

/** The seed the document grew from; two documents with different seeds share no history. */
export const seedOf = (doc: Y.Doc): number | undefined => {
  const seed = seedMap(doc).get('seed');
  return typeof seed === 'number' ? seed : undefined;
};
