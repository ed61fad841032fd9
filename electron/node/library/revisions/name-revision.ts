import type { RevisionSummary } from '../../../../shared/model/revision';
import type { Actor } from '../../../../shared/model/actor';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { requireArticle } from '../articles/read-article';
import { insertSnapshot } from './revisions';

/** "Save version": a named snapshot of the current state, kept forever. */
export const nameRevision = (
  context: LibraryContext,
  id: string,
  name: string,
  actor: Actor,
): RevisionSummary =>
  writeTransaction(context, () => {
    const { article } = requireArticle(context.db, id);
    return insertSnapshot(context.db, article, {
      reason: 'named',
      name: name.trim(),
      author: actor.name,
      createdAt: context.now().toISOString(),
    });
  });
