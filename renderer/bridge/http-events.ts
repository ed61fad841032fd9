import { eventMethodName } from '../../shared/ipc/api';
import { events, type EventName } from '../../shared/ipc/channels';
import { eventContract } from '../../shared/ipc/contract';

/** The part of the browser's `EventSource` the bridge uses. */
export interface EventStream {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export type OpenEventStream = (url: string) => EventStream;

type Listener = (payload: unknown) => void;
type Subscribe = (listener: Listener) => () => void;

/**
 * Browser mode's event subscriptions over one server-sent event stream (`GET /api/events`),
 * opened with the first subscriber and closed with the last. Payloads are checked against the
 * contract like the host checks requests. After the stream dropped and came back, the library
 * is announced as changed as a whole: what happened meanwhile was not heard.
 */
export function createHttpEvents(token: string, open: OpenEventStream): Record<string, Subscribe> {
  const listeners = new Map<EventName, Set<Listener>>(events.map((name) => [name, new Set()]));
  let stream: EventStream | null = null;
  let dropped = false;

  const deliver = (name: EventName, payload: unknown) => {
    for (const listener of [...listeners.get(name)!]) listener(payload);
  };
  const connect = (): EventStream => {
    const opened = open(`/api/events?token=${encodeURIComponent(token)}`);
    for (const name of events) {
      opened.addEventListener(name, ({ data }) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(data);
        } catch {
          return;
        }
        const checked = eventContract[name].safeParse(parsed);
        if (checked.success) deliver(name, checked.data);
      });
    }
    opened.addEventListener('error', () => {
      dropped = true;
    });
    opened.addEventListener('open', () => {
      if (dropped) deliver('library:changed', { articleIds: [] });
      dropped = false;
    });
    return opened;
  };
  const subscriberCount = () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0);

  const subscriptions: Record<string, Subscribe> = {};
  for (const name of events) {
    subscriptions[eventMethodName(name)] = (listener) => {
      const own: Listener = (payload) => listener(payload);
      listeners.get(name)!.add(own);
      stream ??= connect();
      return () => {
        listeners.get(name)!.delete(own);
        if (subscriberCount() === 0) {
          stream?.close();
          stream = null;
        }
      };
    };
  }
  return subscriptions;
}
