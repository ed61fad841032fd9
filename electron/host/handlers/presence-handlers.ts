import { decodeUpdate, encodeUpdate } from '../../../shared/collab/update-encoding';
import type { HandlerTable } from '../dispatch';
import type { HostEvents } from '../events/host-events';
import type { PresenceRelay } from '../../node/newsroom/presence/presence-relay';

type PresenceHandlers = Pick<HandlerTable, 'newsroom:awareness'>;

/** The other desks' presence reaches every window as `newsroom:awareness`; returns the unsubscribe. */
export const announceRemotePresence = (relay: PresenceRelay, events: HostEvents): (() => void) =>
  relay.onRemote((id, update) =>
    events.emit({ name: 'newsroom:awareness', payload: { id, update: encodeUpdate(update) } }),
  );

/** A window's presence goes to the newsroom connection, when there is one. */
export const createPresenceHandlers = (presence: PresenceRelay): PresenceHandlers => ({
  'newsroom:awareness': ({ id, update }) => ({ shared: presence.send(id, decodeUpdate(update)) }),
});
