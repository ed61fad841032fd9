import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { TestDesk } from '../../testing/connect-desk';

/**
 * A desk given several instances' addresses: it connects to the first and, each time a
 * connection is lost or refused, tries the next one (what a load balancer does for a desk).
 * @internal
 */
export const connectFailoverDesk = (
  urls: readonly string[],
  token: string,
  name: string,
): TestDesk => {
  let attempt = 0;
  class FailoverWebSocket extends WebSocket {
    constructor() {
      super(urls[attempt % urls.length]!);
      attempt += 1;
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: urls[0]!,
    WebSocketPolyfill: FailoverWebSocket,
    autoConnect: true,
    delay: 100,
    maxDelay: 500,
    minDelay: 100,
  });
  const doc = new Y.Doc();
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
