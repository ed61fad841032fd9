import type { Status } from '../model/status';
import type { Role } from '../model/role';
import type { TransitionCheck } from './transitions';

const roleNames: Record<Role, string> = {
  reporter: 'A reporter',
  editor: 'An editor',
  chief_editor: 'A chief editor',
};

const statusName = (status: Status): string => status.replaceAll('_', ' ');

/** The user-facing English message for a refused status change. */
export const transitionRefusal = (
  from: Status,
  to: Status,
  role: Role,
  reason: Extract<TransitionCheck, { ok: false }>['reason'],
): string =>
  reason === 'not_allowed_for_role'
    ? `${roleNames[role]} may not move an article from ${statusName(from)} to ${statusName(to)}.`
    : `An article cannot go from ${statusName(from)} to ${statusName(to)}.`;
