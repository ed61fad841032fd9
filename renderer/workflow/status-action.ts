import { missingCaseError } from '../../shared/errors/missing-case';
import type { Status } from '../../shared/model/status';

export type StatusAction =
  | 'submit'
  | 'resubmit'
  | 'withdraw'
  | 'requestChanges'
  | 'approve'
  | 'publish'
  | 'spike'
  | 'unspike';

/** How the status control names the move from `from` to `to`: as what the user does. */
export const statusAction = (from: Status, to: Status): StatusAction => {
  if (from === 'spiked') return 'unspike';
  switch (to) {
    case 'draft':
      return 'withdraw';
    case 'submitted':
      return from === 'changes_requested' ? 'resubmit' : 'submit';
    case 'changes_requested':
      return 'requestChanges';
    case 'approved':
      return 'approve';
    case 'published':
      return 'publish';
    case 'spiked':
      return 'spike';
    default:
      throw missingCaseError(to);
  }
};
