import type { Actor } from '../../../../shared/model/actor';
import type { MoveSignature } from '../../../../shared/model/move-signature';
import type { StatusMove } from '../../../../shared/trust/status-move-payload';
import { statusMovePayload } from '../../../../shared/trust/status-move-payload';

/** The actor's signature of a move it makes here, when its profile has a key. */
export const signMove = (actor: Actor, move: StatusMove): MoveSignature | undefined =>
  actor.signer?.sign(statusMovePayload(move));
