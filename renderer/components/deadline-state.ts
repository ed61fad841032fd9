import type { Status } from '../../shared/model/status';

export type DeadlineState = 'overdue' | 'soon' | null;

const day = 24 * 60 * 60 * 1000;
const finished: ReadonlySet<Status> = new Set(['published', 'spiked']);

/** Overdue once the deadline has passed; "soon" within the next 24 hours; nothing once published or spiked. */
export function deadlineState(deadline: string | null, status: Status, now: Date): DeadlineState {
  if (deadline === null || finished.has(status)) return null;
  const due = Date.parse(deadline);
  if (Number.isNaN(due)) return null;
  const remaining = due - now.getTime();
  if (remaining < 0) return 'overdue';
  return remaining <= day ? 'soon' : null;
}
