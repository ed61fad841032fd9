import type { Server as HttpServer } from 'node:http';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { fetchRequestOf } from './fetch-request-of';
import type { NewsroomContext } from './newsroom-context';
import type { SocketRegistry } from './socket-registry';

const refuseUpgrade = (socket: NodeJS.WritableStream & { destroy(): void }, reason: string) => {
  socket.end(
    `HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${reason}\n`,
  );
  socket.destroy();
};

/**
 * Hocuspocus on the `ws` WebSocket server, as its own Server class does with crossws: every
 * upgrade is counted (per address and in all) before the handshake, each socket becomes one
 * Hocuspocus client connection, frames go to it as bytes and the close tells it.
 */
export const serveWebsockets = (
  httpServer: HttpServer,
  hocuspocus: Hocuspocus<NewsroomContext>,
  sockets: SocketRegistry,
  maxPayloadBytes: number,
): WebSocketServer => {
  const webSockets = new WebSocketServer({ noServer: true, maxPayload: maxPayloadBytes });
  httpServer.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    const admission = sockets.admit(socket, request.socket.remoteAddress ?? 'unknown');
    if (!admission.admitted) {
      refuseUpgrade(socket, admission.reason);
      return;
    }
    webSockets.handleUpgrade(request, socket, head, (webSocket) => {
      const { session } = admission;
      session.attach(webSocket);
      const client = hocuspocus.handleConnection(webSocket, fetchRequestOf(request), { session });
      webSocket.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
        const bytes = Array.isArray(data)
          ? Buffer.concat(data)
          : Buffer.isBuffer(data)
            ? data
            : Buffer.from(data);
        client.handleMessage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      });
      webSocket.on('close', (code, reason) =>
        client.handleClose({ code, reason: reason.toString() }),
      );
      // Oversized frames and protocol errors end here; `ws` closes the socket itself.
      webSocket.on('error', () => undefined);
    });
  });
  return webSockets;
};
