import type { Status } from '../model/status';
import { canonicalJson } from '../package/canonical-json';

/** What a status move's signature covers: every member that says who moved what, when and why. */
export interface StatusMove {
  articleId: string;
  from: Status | null;
  to: Status;
  by: string;
  role: string | null;
  note: string;
  at: string;
}

/** The signed text of a move: canonical JSON, so both desks sign and check the same bytes. */
export const statusMovePayload = (move: StatusMove): string =>
  canonicalJson({
    articleId: move.articleId,
    from: move.from,
    to: move.to,
    by: move.by,
    role: move.role,
    note: move.note,
    at: move.at,
  });
