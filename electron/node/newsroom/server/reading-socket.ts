import type { WebSocketLike } from '@hocuspocus/server';
import type { WebSocket } from 'ws';

/**
 * The socket as Hocuspocus sends through it, cut when more than `maxBufferedBytes` wait to be
 * sent: a client that stops reading would otherwise make the server hold every broadcast for it.
 */
export const readingSocket = (webSocket: WebSocket, maxBufferedBytes: number): WebSocketLike => ({
  get readyState() {
    return webSocket.readyState;
  },
  send: (data) => {
    if (webSocket.bufferedAmount > maxBufferedBytes) {
      webSocket.terminate();
      return;
    }
    webSocket.send(data as Uint8Array);
  },
  close: (code, reason) => webSocket.close(code, reason),
});
