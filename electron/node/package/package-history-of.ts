import type { ArticleId } from '../../../shared/model/article';
import type { PackageHistory } from '../../../shared/package/package-history';
import { packageLimits } from '../../../shared/package/package-limits';
import type { Library } from '../library/library';

/** The article's revisions (the newest ones up to the limit) and status log, oldest first. */
export const packageHistoryOf = (library: Library, id: ArticleId): PackageHistory => {
  const summaries = library.listRevisions(id).slice(0, packageLimits.maximumRevisions).reverse();
  return {
    revisions: summaries.map((summary) => {
      const snapshot = library.getRevision(id, summary.id);
      return {
        revision: snapshot.revision,
        reason: snapshot.reason,
        name: snapshot.name,
        author: snapshot.author,
        createdAt: snapshot.createdAt,
        status: snapshot.status,
        fields: snapshot.fields,
      };
    }),
    statusLog: library
      .statusLog(id)
      .slice(-packageLimits.maximumStatusChanges)
      .map(({ revision, from, to, by, role, note, at, signature }) => ({
        revision,
        from,
        to,
        by,
        role,
        note,
        at,
        signature,
      })),
  };
};
