import { missingCaseError } from '../../shared/errors/missing-case';
import type { StatusAction } from './status-action';

/** Why a move is confirmed first: it tells someone else, or it publishes. */
export type StatusConfirmation = 'notify' | 'publish';

/**
 * The moves that cannot be taken back quietly ask first: submitting puts the article in the
 * desk's queue, asking for changes sends it back to its author, publishing makes it public.
 * Withdrawing, approving, spiking and unspiking stay one click: they are undone the same way.
 */
export const statusConfirmation = (action: StatusAction): StatusConfirmation | null => {
  switch (action) {
    case 'submit':
    case 'resubmit':
    case 'requestChanges':
      return 'notify';
    case 'publish':
      return 'publish';
    case 'withdraw':
    case 'approve':
    case 'spike':
    case 'unspike':
      return null;
    default:
      throw missingCaseError(action);
  }
};
