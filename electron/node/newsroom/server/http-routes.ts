import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JoinReply } from '../../../../shared/newsroom/newsroom-account';
import { JoinRequest } from '../../../../shared/newsroom/newsroom-account';
import type { NewsroomStore } from './newsroom-store';
import { readJsonBody } from './read-json-body';

const sendJson = (response: ServerResponse, status: number, body: unknown): void => {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
};

const join = async (
  request: IncomingMessage,
  response: ServerResponse,
  store: NewsroomStore,
  maxBodyBytes: number,
): Promise<void> => {
  const body = await readJsonBody(request, maxBodyBytes);
  if (body.kind === 'too_large') {
    response.setHeader('Connection', 'close');
    sendJson(response, 413, { error: 'too_large', message: 'This request is too large.' });
    return;
  }
  const parsed = JoinRequest.safeParse(body.kind === 'json' ? body.value : null);
  if (!parsed.success) {
    sendJson(response, 400, { error: 'invalid', message: 'Send {"invitation": "…"} as JSON.' });
    return;
  }
  const redeemed = await store.accounts.redeem(parsed.data.invitation);
  if (redeemed === null) {
    sendJson(response, 403, {
      error: 'invitation_refused',
      message: 'This invitation is unknown, was already used, or its account was revoked.',
    });
    return;
  }
  const reply: JoinReply = {
    credential: redeemed.credential,
    account: redeemed.member,
    libraryId: store.libraryId,
  };
  sendJson(response, 200, reply);
};

/** The server's plain HTTP: `POST /join` (an invitation for a credential) and `GET /health`. */
export const httpRoutes =
  (store: NewsroomStore, maxJoinBodyBytes: number) =>
  (request: IncomingMessage, response: ServerResponse): void => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' && path === '/health') {
      sendJson(response, 200, { status: 'ok' });
    } else if (request.method === 'POST' && path === '/join') {
      join(request, response, store, maxJoinBodyBytes).catch((error: unknown) => {
        console.error('copydesk: join failed', error);
        if (!response.headersSent)
          sendJson(response, 500, {
            error: 'internal',
            message: 'The server could not join this desk.',
          });
      });
    } else {
      sendJson(response, 404, { error: 'not_found', message: 'Nothing here.' });
    }
  };
