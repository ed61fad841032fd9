import type { EventName } from '../../../shared/ipc/channels';
import type { EventPayload } from '../../../shared/ipc/contract';

/** One host → renderer notification, by name with its payload. */
export type HostEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

export type HostEventListener = (event: HostEvent) => void;

/** Where the handlers announce changes and the hosts (IPC, server-sent events) listen. */
export interface HostEvents {
  emit(event: HostEvent): void;
  /** Returns the unsubscribe. */
  subscribe(listener: HostEventListener): () => void;
}

export function createHostEvents(
  report: (error: unknown) => void = (error) =>
    console.error('Copydesk: an event listener failed:', error),
): HostEvents {
  const listeners = new Set<HostEventListener>();
  return {
    emit(event) {
      // A closed window or a dropped stream must not undo the write that was announced.
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          report(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
