import type { ArticleConflict } from '../../shared/model/handoff';

/**
 * The pair Versions compares for a package marker: this library's version and the package's
 * (both kept), or the article just before and just after a merge (what came from the other desk).
 */
export const conflictRevisions = (conflict: ArticleConflict): [number, number] =>
  'kind' in conflict
    ? [conflict.beforeRevisionId, conflict.afterRevisionId]
    : [conflict.localRevisionId, conflict.packageRevisionId];
