import type { AuthenticationRefusal } from '../../../../shared/newsroom/authentication-refusal';
import type { AccountStore } from './newsroom-store';
import type { SocketRegistry } from './socket-registry';

const revoked: AuthenticationRefusal = 'credential_revoked';

/**
 * Checks the credentials of the open sockets every `intervalMs` and closes the sockets of any that
 * no longer authenticates (revoked here, or by `copydesk users revoke` in another process).
 * Returns the stop.
 */
export const watchRevocations = (
  accounts: AccountStore,
  sockets: SocketRegistry,
  intervalMs: number,
): (() => void) => {
  let checking = false;
  const check = async (): Promise<void> => {
    const sessions = sockets.sessions();
    const credentials = new Set(sessions.flatMap((session) => [...session.credentials]));
    for (const credential of credentials) {
      if ((await accounts.authenticate(credential)) !== null) continue;
      for (const session of sessions) {
        if (session.credentials.has(credential)) session.close(4401, revoked);
      }
    }
  };
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    check()
      .catch((error: unknown) => console.error('copydesk: checking revocations failed', error))
      .finally(() => (checking = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
};
