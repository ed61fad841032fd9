import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface TestDesk {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly socket: HocuspocusProviderWebsocket;
  /** Why authentication failed, once it has. */
  refusal: string | null;
  /** The stateless messages received, in order. */
  readonly stateless: string[];
  /** The reasons the socket was closed with, in order. */
  readonly closes: string[];
}

/**
 * A desk's connection to one document, as the app makes it (a provider on its own socket, the
 * credential as token); destroyed when the test ends.
 */
export const connectDesk = (
  url: string,
  token: string,
  name: string,
  options: { doc?: Y.Doc; trust?: Buffer } = {},
): TestDesk => {
  const { trust } = options;
  /** A desk that trusts the test certificate, as one given the newsroom's would. */
  class TrustingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, trust ? { ca: trust } : {});
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: TrustingWebSocket,
    autoConnect: true,
    delay: 100,
    maxDelay: 500,
    minDelay: 100,
  });
  const doc = options.doc ?? new Y.Doc();
  const desk: TestDesk = {
    doc,
    socket,
    refusal: null,
    stateless: [],
    closes: [],
    provider: new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: doc,
      onAuthenticationFailed: ({ reason }) => (desk.refusal = reason),
      onStateless: ({ payload }) => desk.stateless.push(payload),
    }),
  };
  socket.on('close', ({ event }: { event: { reason: string } }) => desk.closes.push(event.reason));
  desk.provider.attach();
  onTestFinished(() => {
    desk.provider.destroy();
    try {
      socket.destroy();
    } catch {
      // `ws` throws when a socket still connecting is closed: it is going away all the same.
    }
  });
  return desk;
};
