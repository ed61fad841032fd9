import * as Y from 'yjs';
import type { ArticleDocumentState } from '../../../../shared/ipc/contract';
import { encodeUpdate } from '../../../../shared/collab/update-encoding';
import { requireArticleHead } from '../articles/read-article';
import { storedFields } from '../articles/stored-fields';
import type { LibraryContext } from '../storage/library-context';
import { loadArticleDocument } from '../documents/load-article-document';

/**
 * The whole document for an editor to start from. Seeding an article that has no document yet
 * writes, so a read-only library serves a seed it does not keep (deterministic, so the same).
 */
export const readArticleDocumentState = (
  context: LibraryContext,
  id: string,
): ArticleDocumentState => {
  const persistSeed = context.readOnlyReason === null;
  const load = () => {
    const head = requireArticleHead(context.db, id);
    const owner = { rowId: head.rowId, id };
    const doc = loadArticleDocument(context.db, owner, () => storedFields(context.db, head), {
      persistSeed,
    });
    return { id, state: encodeUpdate(Y.encodeStateAsUpdate(doc)), revision: head.article.revision };
  };
  if (!persistSeed) return load();
  return context.db.transaction(load).immediate();
};
