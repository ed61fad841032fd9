import type { Article } from '../../../../shared/model/article';
import type { Handoff } from '../../../../shared/model/handoff';
import type { StoredArticle } from '../articles/article-row';
import type { IncomingPackage } from './incoming-package';
import type { Actor } from '../../../../shared/model/actor';
import type { LibraryContext } from '../storage/library-context';
import { pickArticleFields } from '../../../../shared/model/article-fields';
import { countDocumentCached } from '../articles/count-document-cached';
import { insertSnapshot } from '../revisions/revisions';
import { updateArticle } from '../articles/write-article';

/**
 * Both sides changed: the local text stays as it is; both versions become named revisions and
 * the article is marked in conflict with them until someone resolves it.
 */
export const keepBothVersions = (
  context: LibraryContext,
  stored: StoredArticle,
  incoming: IncomingPackage,
  options: { actor: Actor; now: string; handoffs: Handoff[] },
): Article => {
  const { db } = context;
  const local = stored.article;
  const localRevision = insertSnapshot(db, local, {
    reason: 'named',
    name: incoming.versionNames.local,
    author: options.actor.name,
    createdAt: options.now,
  });
  const received: Article = {
    ...local,
    ...pickArticleFields(incoming.article),
    status: incoming.article.status,
    counts: countDocumentCached(incoming.article.body),
  };
  const packageRevision = insertSnapshot(db, received, {
    reason: 'named',
    name: incoming.versionNames.received,
    author: incoming.from.name,
    createdAt: options.now,
  });
  const article: Article = {
    ...local,
    trashedAt: null,
    handoffs: options.handoffs,
    conflict: {
      at: options.now,
      from: incoming.from.name,
      localRevisionId: localRevision.id,
      packageRevisionId: packageRevision.id,
    },
  };
  updateArticle(db, { ...stored, article }, { body: false, searchable: false });
  return article;
};
