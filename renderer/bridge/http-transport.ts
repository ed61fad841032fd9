import type { OpenEventStream } from './http-events';
import type { Result } from '../../shared/ipc/result';

export interface HttpTransport {
  token: string;
  fetch: typeof fetch;
  /** Opens the server's event stream (`EventSource`); without it, events never fire. */
  openEvents?: OpenEventStream;
}

export interface CallOptions {
  /** Let the request outlive the page (flush on `pagehide`). */
  keepalive?: boolean;
}

/** Chromium refuses keepalive bodies above 64 KiB; larger bodies go as ordinary requests. */
const keepaliveBodyLimit = 60_000;

const failure = (
  code: 'unavailable' | 'forbidden' | 'not_found' | 'invalid' | 'internal',
  message: string,
) => ({ ok: false, error: { code, message } }) as const;

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { ok?: unknown }).ok === 'boolean';

const failureForStatus = (status: number): Result<never> => {
  if (status === 401 || status === 403)
    return failure('forbidden', `The server refused the request (HTTP ${status}).`);
  if (status === 404)
    return failure('not_found', 'The server does not know this request (HTTP 404).');
  if (status === 413) return failure('invalid', 'The request is too large (HTTP 413).');
  return failure('unavailable', `The server answered HTTP ${status}.`);
};

/** POST /api/<channel> with the token; every outcome, network failure included, is a Result. */
export async function postChannel(
  transport: HttpTransport,
  channel: string,
  request: unknown,
  options: CallOptions = {},
): Promise<Result<unknown>> {
  const body = JSON.stringify(request ?? {});
  let response: Response;
  try {
    response = await transport.fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': transport.token },
      body,
      keepalive: options.keepalive === true && body.length <= keepaliveBodyLimit,
    });
  } catch (error) {
    return failure('unavailable', error instanceof Error ? error.message : String(error));
  }
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    return response.ok
      ? failure('internal', 'The server sent an unreadable answer.')
      : failureForStatus(response.status);
  }
  if (isResult(payload)) return payload;
  return response.ok
    ? failure('internal', 'The server sent an unexpected answer.')
    : failureForStatus(response.status);
}
