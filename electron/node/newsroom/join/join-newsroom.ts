import { AppError } from '../../../../shared/errors/error-code';
import { JoinReply } from '../../../../shared/newsroom/newsroom-account';
import type { ServerAddress } from './server-address';

/**
 * Exchanges a one-time invitation for a credential at the server's `POST /join`. Unreachable
 * servers are `unavailable`; an invitation the server does not take (unknown, used, revoked) is
 * `not_found`.
 */
export const joinNewsroom = async (
  address: ServerAddress,
  invitation: string,
  fetchImpl: typeof fetch = fetch,
): Promise<JoinReply> => {
  let response: Response;
  try {
    response = await fetchImpl(address.join, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ invitation: invitation.trim() }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new AppError('unavailable', `No newsroom server answered at ${address.websocket}.`);
  }
  if (response.status >= 400 && response.status < 500) {
    throw new AppError(
      'not_found',
      'The server does not know this invitation, or it was used already.',
    );
  }
  const parsed = JoinReply.safeParse(await response.json().catch(() => null));
  if (!response.ok || !parsed.success) {
    throw new AppError(
      'unavailable',
      `The server at ${address.websocket} is not a newsroom server.`,
    );
  }
  return parsed.data;
};
