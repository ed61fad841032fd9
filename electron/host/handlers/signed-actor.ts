import type { Actor } from '../../../shared/model/actor';
import { actorFromSettings } from './actor-from-settings';
import type { HostContext } from './host-context';

/** The profile as an actor whose status moves are signed with the profile's key. */
export const signedActor = (context: HostContext): Actor => ({
  ...actorFromSettings(context.settings),
  signer: context.signingKey(),
});
