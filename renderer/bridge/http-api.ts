import type { CopydeskApi } from '../../shared/ipc/api';
import { eventMethodName, splitChannel } from '../../shared/ipc/api';
import { channels, events } from '../../shared/ipc/channels';
import type { HttpTransport } from './http-transport';
import { postChannel } from './http-transport';

type Method = (request: unknown) => Promise<unknown>;

/** The same API as the Electron preload, over browser mode's loopback HTTP; events never fire. */
export function createHttpApi(transport: HttpTransport): CopydeskApi {
  const api: Record<string, Record<string, Method | (() => () => void)>> = { events: {} };
  for (const channel of channels) {
    const [domain, verb] = splitChannel(channel);
    api[domain] ??= {};
    api[domain][verb] = (request: unknown) => postChannel(transport, channel, request);
  }
  for (const event of events) {
    api.events![eventMethodName(event)] = () => () => undefined;
  }
  return api as unknown as CopydeskApi;
}
