import type { CopydeskApi } from '../../shared/ipc/api';
import { eventMethodName, splitChannel } from '../../shared/ipc/api';
import { channels, events } from '../../shared/ipc/channels';
import { createHttpEvents } from './http-events';
import type { HttpTransport } from './http-transport';
import { postChannel } from './http-transport';

type Method = (request: unknown) => Promise<unknown>;

const silentEvents = () =>
  Object.fromEntries(events.map((event) => [eventMethodName(event), () => () => undefined]));

/** The same API as the Electron preload, over browser mode's loopback HTTP and event stream. */
export function createHttpApi(transport: HttpTransport): CopydeskApi {
  const domains: Record<string, Record<string, Method>> = {};
  for (const channel of channels) {
    const [domain, verb] = splitChannel(channel);
    domains[domain] ??= {};
    domains[domain][verb] = (request: unknown) => postChannel(transport, channel, request);
  }
  const subscriptions =
    transport.openEvents === undefined
      ? silentEvents()
      : createHttpEvents(transport.token, transport.openEvents);
  return { ...domains, events: subscriptions } as unknown as CopydeskApi;
}
