import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostEvent, HostEvents } from '../host/events/host-events';
import { sendJson } from './send';
import { tokenMatches } from './token-matches';

export const eventsPath = '/api/events';

/** Under any idle timeout a proxy or the server may apply, and cheap. */
const heartbeatMs = 20_000;
/** How long the browser waits before it reconnects a dropped stream. */
const retryMs = 2_000;

const eventMessage = ({ name, payload }: HostEvent): string =>
  `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;

/**
 * `GET /api/events?token=T`: the host's events as server-sent events, one stream per page.
 * `EventSource` cannot send the token header, so this route takes it from the query, like
 * the library assets; the Host and Origin checks ran before.
 */
export function serveEvents(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  options: { token: string; events: HostEvents },
): void {
  const refuse = (status: number, code: string, message: string) =>
    sendJson(response, status, { ok: false, error: { code, message } });
  if (request.method !== 'GET') {
    response.setHeader('Allow', 'GET');
    return refuse(405, 'invalid', 'Use GET for the event stream.');
  }
  if (!tokenMatches(options.token, url.searchParams.get('token') ?? undefined)) {
    return refuse(401, 'forbidden', 'Missing or wrong token: open the address Copydesk printed.');
  }
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
  });
  response.write(`retry: ${retryMs}\n\n`);
  const unsubscribe = options.events.subscribe((event) => response.write(eventMessage(event)));
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);
  response.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
