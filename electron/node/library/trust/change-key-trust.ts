import { AppError } from '../../../../shared/errors/error-code';
import type { Actor } from '../../../../shared/model/actor';
import type { TrustedKey } from '../../../../shared/model/trusted-key';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { articlesHoldingKey } from './held-moves';
import { readKeyRecord, setKeyTrust } from './key-records';
import { settleHeldMoves } from './settle-held-moves';

/**
 * Trusts a key met in a package (its held moves are checked again and applied where they now
 * verify), or revokes one: moves it signs from then on are held; the ones applied stay.
 */
export const changeKeyTrust = (
  context: LibraryContext,
  request: { publicKey: string; trust: 'trusted' | 'revoked' },
  actor: Actor,
): TrustedKey =>
  writeTransaction(context, () => {
    const { db } = context;
    if (!setKeyTrust(db, request.publicKey, request.trust)) {
      throw new AppError('not_found', 'This library has never met that signing key.');
    }
    if (request.trust === 'trusted') {
      const now = context.now().toISOString();
      for (const id of articlesHoldingKey(db, request.publicKey)) {
        settleHeldMoves(db, id, actor, now);
      }
    }
    return readKeyRecord(db, request.publicKey)!;
  });
