import { missingCaseError } from '../errors/missing-case';
import type { Status } from '../model/status';
import { statuses } from '../model/status';
import type { Role } from '../model/role';

/** Who may take an edge: anyone with a role, or only the desk (editors and chief editors). */
type Permission = 'anyone' | 'desk';

export interface TransitionContext {
  /** The status before the article was spiked (from its status log): where unspiking returns. */
  previousStatus?: Status;
}

export type TransitionCheck =
  { ok: true } | { ok: false; reason: 'not_allowed_for_role' | 'not_a_transition' };

/**
 * The workflow graph. `changes_requested` has no edge back to `draft`: the article is already
 * back with its reporter, and a draft would hide the desk's request from the list.
 * Leaving `spiked` is not listed here: unspiking returns to the status before the spike.
 */
const edges: Record<Exclude<Status, 'spiked'>, Partial<Record<Status, Permission>>> = {
  draft: { submitted: 'anyone', spiked: 'desk' },
  submitted: { draft: 'anyone', changes_requested: 'desk', approved: 'desk', spiked: 'desk' },
  changes_requested: { submitted: 'anyone', spiked: 'desk' },
  approved: { changes_requested: 'desk', published: 'desk', spiked: 'desk' },
  published: { spiked: 'desk' },
};

/** Without a known status before the spike (an old or imported log), unspiking returns to draft. */
const unspikeTarget = (context: TransitionContext): Status =>
  context.previousStatus === undefined || context.previousStatus === 'spiked'
    ? 'draft'
    : context.previousStatus;

const permissionFor = (from: Status, to: Status, context: TransitionContext): Permission | null => {
  if (from === 'spiked') return to === unspikeTarget(context) ? 'desk' : null;
  return edges[from][to] ?? null;
};

const mayTake = (permission: Permission, role: Role): boolean => {
  switch (permission) {
    case 'anyone':
      return true;
    case 'desk':
      return role === 'editor' || role === 'chief_editor';
    default:
      throw missingCaseError(permission);
  }
};

export const checkTransition = (
  from: Status,
  to: Status,
  role: Role,
  context: TransitionContext,
): TransitionCheck => {
  const permission = permissionFor(from, to, context);
  if (permission === null) return { ok: false, reason: 'not_a_transition' };
  return mayTake(permission, role) ? { ok: true } : { ok: false, reason: 'not_allowed_for_role' };
};

/** The statuses `role` may move an article to from `from`, in the order of `statuses`. */
export const allowedTransitions = (
  from: Status,
  role: Role,
  context: TransitionContext,
): Status[] => statuses.filter((to) => checkTransition(from, to, role, context).ok);
