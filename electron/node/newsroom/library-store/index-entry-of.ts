import { Role } from '../../../../shared/model/role';
import type { IndexEntry, ServerMove } from '../../../../shared/newsroom/library-index';
import type { Library } from '../../library/library';

/**
 * The article's entry in the `library` document, from its row and status log. The log's first
 * line (the creation) is no move; a move recorded without a role (before roles) is left out.
 */
export const indexEntryOf = (library: Library, id: string, changedAt?: string): IndexEntry => {
  const article = library.get(id);
  const moves = library.statusLog(id).flatMap((change): ServerMove[] => {
    const role = Role.safeParse(change.role);
    if (change.from === null || !role.success) return [];
    const { from, to, by, at, note } = change;
    return [{ from, to, by, role: role.data, at, note }];
  });
  return {
    status: article.status,
    trashedAt: article.trashedAt,
    createdAt: article.createdAt,
    changedAt: changedAt ?? article.updatedAt,
    moves,
  };
};
