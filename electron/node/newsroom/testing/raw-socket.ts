import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';

export interface RawSocket {
  readonly socket: WebSocket;
  readonly received: Uint8Array[];
  /** Set once the server closed the socket. */
  closed: { code: number; reason: string } | null;
  send(bytes: Uint8Array): void;
}

/**
 * A WebSocket that speaks whatever it is told, for hostile-client tests; resolves once open,
 * rejects when the upgrade is refused.
 */
export const openRawSocket = (url: string): Promise<RawSocket> =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const raw: RawSocket = {
      socket,
      received: [],
      closed: null,
      send: (bytes) => socket.send(bytes),
    };
    onTestFinished(() => socket.terminate());
    socket.on('message', (data: Buffer) => raw.received.push(new Uint8Array(data)));
    socket.on('close', (code, reason) => (raw.closed = { code, reason: reason.toString() }));
    socket.on('open', () => resolve(raw));
    socket.on('unexpected-response', (_request, response) =>
      reject(new Error(`refused: ${response.statusCode}`)),
    );
    socket.on('error', reject);
  });

/** Hocuspocus's message: the document name, then the message type and its body. */
const message = (documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

const messageTypes = { sync: 0, auth: 2, close: 7 } as const;

export const authMessage = (documentName: string, token: string): Uint8Array =>
  message(documentName, (encoder) => {
    encoding.writeVarUint(encoder, messageTypes.auth);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarString(encoder, token);
  });

/** A Yjs update (y-protocols' messageYjsUpdate) inside a sync message. */
export const updateMessage = (documentName: string, update: Uint8Array): Uint8Array =>
  message(documentName, (encoder) => {
    encoding.writeVarUint(encoder, messageTypes.sync);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
  });

/** Whether the server sent a Hocuspocus close for a document (its connection to it ended). */
export const receivedDocumentClose = (raw: RawSocket): boolean =>
  raw.received.some((bytes) => {
    const decoder = decoding.createDecoder(bytes);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === messageTypes.close;
  });
