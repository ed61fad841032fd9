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
}

/**
 * A desk's connection to one document, as the app makes it (a provider on its own socket, the
 * credential as token); destroyed when the test ends.
 */
export const connectDesk = (
  url: string,
  token: string,
  name: string,
  options: { doc?: Y.Doc } = {},
): TestDesk => {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
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
    provider: new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: doc,
      onAuthenticationFailed: ({ reason }) => (desk.refusal = reason),
      onStateless: ({ payload }) => desk.stateless.push(payload),
    }),
  };
  desk.provider.attach();
  onTestFinished(() => {
    desk.provider.destroy();
    socket.destroy();
  });
  return desk;
};
