import { readinessPolicy } from '../../../shared/workflow/readiness-policy';
import type { HandlerTable } from '../dispatch';
import type { HostContext } from './host-context';
import { signedActor } from './signed-actor';

type TrustHandlers = Pick<
  HandlerTable,
  'articles:heldMoves' | 'articles:confirmMove' | 'keys:list' | 'keys:trust' | 'keys:revoke'
>;

export const createTrustHandlers = (context: HostContext): TrustHandlers => ({
  'articles:heldMoves': ({ id }) => context.session.current().heldMoves(id),
  'articles:confirmMove': (request) =>
    context.session
      .current()
      .confirmHeldMove(request, signedActor(context), readinessPolicy(context.settings.get())),
  'keys:list': () => ({
    ownFingerprint: context.signingKey().fingerprint,
    keys: context.session.current().signingKeys(),
  }),
  'keys:trust': ({ publicKey }) =>
    context.session.current().changeKeyTrust({ publicKey, trust: 'trusted' }, signedActor(context)),
  'keys:revoke': ({ publicKey }) =>
    context.session.current().changeKeyTrust({ publicKey, trust: 'revoked' }, signedActor(context)),
});
