import type { Role } from '../model/role';
import { roles } from '../model/role';

/**
 * Whether a key trusted for `trusted` may sign a move made as `claimed`: the same role or one
 * below it, in the order of `roles` (reporter, editor, chief editor).
 */
export const roleCovers = (trusted: Role, claimed: Role): boolean =>
  roles.indexOf(claimed) <= roles.indexOf(trusted);
