import type { HandlerTable } from '../dispatch';
import { typographyProfiles } from '../../../shared/text/typography-profile';
import type { HostContext } from './host-context';
import { signedActor } from './signed-actor';

type WireHandlers = Pick<
  HandlerTable,
  'wire:list' | 'wire:get' | 'wire:markRead' | 'wire:take' | 'wire:source'
>;

export const createWireHandlers = (context: HostContext): WireHandlers => ({
  'wire:list': (query) => context.session.current().wire.list(query),
  'wire:get': ({ id }) => context.session.current().wire.get(id),
  'wire:markRead': ({ id }) => {
    context.session.current().wire.markRead(id);
    return { id };
  },
  'wire:take': ({ id }) =>
    context.session
      .current()
      .wire.take(
        id,
        signedActor(context),
        typographyProfiles[context.settings.get().typographyProfile],
      ),
  'wire:source': ({ id }) => context.session.current().wire.sourceOf(id),
});
