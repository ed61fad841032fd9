/** What one client may cost the server; every limit applies before authentication. */
export interface ServerLimits {
  /** Largest WebSocket frame; a bigger one closes the socket (1009). */
  maxPayloadBytes: number;
  /** Largest Yjs update inside a frame; a bigger one closes that document's connection. */
  maxUpdateBytes: number;
  /** Open sockets from one address. */
  maxConnectionsPerAddress: number;
  /** Open sockets in all. */
  maxConnections: number;
  /** A socket that has authenticated no document by then is closed. */
  authenticationTimeoutMs: number;
  /** How often open connections are checked against revoked credentials. */
  revocationPollMs: number;
  /** Largest body of a POST /join. */
  maxJoinBodyBytes: number;
  /** A document is stored this long after its last change (and at most `maxStoreDelayMs` after its first). */
  storeDelayMs: number;
  maxStoreDelayMs: number;
}

export const defaultServerLimits: ServerLimits = {
  maxPayloadBytes: 8 * 1024 * 1024,
  maxUpdateBytes: 4 * 1024 * 1024,
  maxConnectionsPerAddress: 64,
  maxConnections: 2_000,
  authenticationTimeoutMs: 10_000,
  revocationPollMs: 1_000,
  maxJoinBodyBytes: 4 * 1024,
  storeDelayMs: 500,
  maxStoreDelayMs: 2_000,
};
