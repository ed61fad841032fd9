import type { HandlerTable } from '../dispatch';
import type { HostContext } from './host-context';

type WireHandlers = Pick<HandlerTable, 'wire:list' | 'wire:get' | 'wire:markRead'>;

export const createWireHandlers = (context: HostContext): WireHandlers => ({
  'wire:list': (query) => context.session.current().wire.list(query),
  'wire:get': ({ id }) => context.session.current().wire.get(id),
  'wire:markRead': ({ id }) => {
    context.session.current().wire.markRead(id);
    return { id };
  },
});
