import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/** How long a closing client may take to answer the close before its socket is cut. */
const closeGraceMs = 1_000;

/** One client socket, from its upgrade to its close. */
export class SocketSession {
  /** Set once any document on the socket authenticated: the authentication deadline no longer applies. */
  authenticated = false;
  /** The credentials the socket authenticated with, checked against revocations. */
  readonly credentials = new Set<string>();
  #webSocket: WebSocket | null = null;

  constructor(
    readonly address: string,
    private readonly socket: Duplex,
  ) {}

  attach(webSocket: WebSocket): void {
    this.#webSocket = webSocket;
  }

  /** Closes with a code and reason the client sees, or cuts the socket before the handshake. */
  close(code: number, reason: string): void {
    const webSocket = this.#webSocket;
    if (webSocket === null) {
      this.socket.destroy();
      return;
    }
    webSocket.close(code, reason);
    setTimeout(() => webSocket.terminate(), closeGraceMs).unref();
  }
}
