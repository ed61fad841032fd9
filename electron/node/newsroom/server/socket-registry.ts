import type { Duplex } from 'node:stream';
import type { ServerLimits } from './server-limits';
import { SocketSession } from './socket-session';

export type Admission =
  { admitted: true; session: SocketSession } | { admitted: false; reason: string };

/**
 * The open sockets, counted per address and in all at the upgrade, before anything is read from
 * them; a socket that has not authenticated in time is closed.
 */
export class SocketRegistry {
  readonly #sessions = new Set<SocketSession>();
  readonly #perAddress = new Map<string, number>();

  constructor(private readonly limits: ServerLimits) {}

  admit(socket: Duplex, address: string): Admission {
    if (this.#sessions.size >= this.limits.maxConnections) {
      return { admitted: false, reason: 'Too many connections' };
    }
    const fromAddress = this.#perAddress.get(address) ?? 0;
    if (fromAddress >= this.limits.maxConnectionsPerAddress) {
      return { admitted: false, reason: 'Too many connections from this address' };
    }
    const session = new SocketSession(address, socket);
    this.#sessions.add(session);
    this.#perAddress.set(address, fromAddress + 1);
    const deadline = setTimeout(() => {
      if (!session.authenticated) session.close(4408, 'authentication-timeout');
    }, this.limits.authenticationTimeoutMs);
    deadline.unref();
    socket.once('close', () => {
      clearTimeout(deadline);
      this.#release(session);
    });
    return { admitted: true, session };
  }

  sessions(): SocketSession[] {
    return [...this.#sessions];
  }

  #release(session: SocketSession): void {
    if (!this.#sessions.delete(session)) return;
    const left = (this.#perAddress.get(session.address) ?? 1) - 1;
    if (left === 0) this.#perAddress.delete(session.address);
    else this.#perAddress.set(session.address, left);
  }
}
