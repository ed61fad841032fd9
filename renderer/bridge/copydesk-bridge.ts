import type { CopydeskApi } from '../../shared/ipc/api';
import { splitChannel } from '../../shared/ipc/api';
import type { Channel } from '../../shared/ipc/channels';
import type { RequestInput, Response } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { createHttpApi } from './http-api';
import type { CallOptions, HttpTransport } from './http-transport';
import { postChannel } from './http-transport';
import { readSessionToken, replaceAddressQuery } from './session-token';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    copydesk?: CopydeskApi;
  }
}

let transport: HttpTransport | undefined;
let api: CopydeskApi | undefined;

const httpTransport = (): HttpTransport => {
  transport ??= {
    token: readSessionToken(window.location, window.sessionStorage, replaceAddressQuery),
    fetch: window.fetch.bind(window),
    openEvents: (url) => new EventSource(url),
  };
  return transport;
};

/** The host API: the preload's `window.copydesk` in Electron, HTTP in browser mode. */
export function copydeskBridge(): CopydeskApi {
  api ??= window.copydesk ?? createHttpApi(httpTransport());
  return api;
}

/** One call by channel name; `keepalive` lets a browser-mode request outlive the page. */
export function bridgeCall<C extends Channel>(
  channel: C,
  request: RequestInput<C>,
  options: CallOptions = {},
): Promise<Result<Response<C>>> {
  if (window.copydesk) {
    const [domain, verb] = splitChannel(channel);
    const methods = window.copydesk as unknown as Record<
      string,
      Record<string, (request: unknown) => Promise<unknown>>
    >;
    return methods[domain]![verb]!(request) as Promise<Result<Response<C>>>;
  }
  return postChannel(httpTransport(), channel, request, options) as Promise<Result<Response<C>>>;
}
