import { eventMethodName, splitChannel, type CopydeskApi } from '../../shared/ipc/api';
import { channels, events } from '../../shared/ipc/channels';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The part of Electron's ipcRenderer the bridge uses. */
export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

type Method = (request: unknown) => Promise<unknown>;
type Subscribe = (listener: (payload: unknown) => void) => () => void;

/**
 * `window.copydesk`: one named method per contract channel and one subscription per event.
 * Listeners receive the payload only, never the Electron event; each subscription returns its
 * unsubscribe.
 */
export function buildCopydeskApi(ipcRenderer: PreloadIpc): CopydeskApi {
  const domains: Record<string, Record<string, Method>> = {};
  for (const channel of channels) {
    const [domain, verb] = splitChannel(channel);
    domains[domain] ??= {};
    domains[domain][verb] = (request: unknown) => ipcRenderer.invoke(channel, request);
  }
  const subscriptions: Record<string, Subscribe> = {};
  for (const event of events) {
    subscriptions[eventMethodName(event)] = (listener) => {
      const handler: IpcListener = (_event, payload) => listener(payload);
      ipcRenderer.on(event, handler);
      return () => {
        ipcRenderer.removeListener(event, handler);
      };
    };
  }
  for (const methods of Object.values(domains)) Object.freeze(methods);
  return Object.freeze({
    ...domains,
    events: Object.freeze(subscriptions),
  }) as unknown as CopydeskApi;
}
