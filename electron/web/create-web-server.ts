import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maximumAssetBase64Length } from '../../shared/ipc/contract';
import { maximumImportBase64Length } from '../../shared/model/import-files';
import type { ResolveAsset } from '../node/assets/session-asset-resolver';
import { dispatch, isChannel, type HandlerTable } from '../host/dispatch';
import type { HostEvents } from '../host/events/host-events';
import { isTrustedRequest } from './is-trusted-request';
import { BodyTooLargeError, maximumBodyBytes, readBody } from './read-body';
import { refusalText } from './refusal-text';
import { setSecurityHeaders } from './security-headers';
import { sendJson, sendText } from './send';
import { eventsPath, serveEvents } from './serve-events';
import { libraryAssetsPrefix, serveLibraryAsset } from './serve-library-asset';
import { serveStaticFile } from './serve-static-file';
import { tokenMatches } from './token-matches';

export interface WebServerOptions {
  handlers: HandlerTable;
  /** What the handlers announce, streamed at `/api/events`. */
  events: HostEvents;
  /** The built renderer (out/renderer). */
  staticRoot: string;
  /** 0 picks a free port. */
  port: number;
  /** The open library's image files, served at `/library-assets/<name>?token=T`. */
  resolveAsset?: ResolveAsset;
  /** Connection limits; the defaults suit one user's browser tabs on loopback. */
  limits?: Partial<WebServerLimits>;
  /** Kept per settings folder so a restarted server accepts the open page; random when absent. */
  token?: string;
}

export interface WebServerLimits {
  /** A client must send its headers within this (slow-loris). */
  headersTimeoutMs: number;
  /** … and its whole request, body included, within this. */
  requestTimeoutMs: number;
  /** How often Node checks the two timeouts above. */
  timeoutCheckIntervalMs: number;
  maxConnections: number;
}

const defaultLimits: WebServerLimits = {
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 120_000,
  timeoutCheckIntervalMs: 5_000,
  maxConnections: 64,
};

export interface WebServer {
  readonly port: number;
  readonly token: string;
  /** The address to open: `http://127.0.0.1:<port>/?token=<token>`. */
  readonly url: string;
  close(): Promise<void>;
}

const apiPrefix = '/api/';
/** Room for the JSON around the base64 (names, keys, escapes). */
const envelopeBytes = 64 * 1024;

/**
 * An image upload carries up to 40 MB as base64 inside its JSON, an import at least one whole
 * 20 MB file (base64 grows by 4/3, so 20 MB of file is about 26.7 MB of body).
 */
const bodyLimitFor = (channel: string): number => {
  if (channel === 'assets:add') return maximumAssetBase64Length + envelopeBytes;
  if (channel === 'import:files') return maximumImportBase64Length + envelopeBytes;
  return maximumBodyBytes;
};

const refuse = (response: ServerResponse, status: number, code: string, message: string) =>
  sendJson(response, status, { ok: false, error: { code, message } });

const channelOf = (pathname: string): string | null => {
  try {
    return decodeURIComponent(pathname.slice(apiPrefix.length));
  } catch {
    return null;
  }
};

async function answerApi(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  handlers: HandlerTable,
  token: string,
): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return refuse(response, 405, 'invalid', 'Use POST for API calls.');
  }
  if (!tokenMatches(token, request.headers['x-copydesk-token'])) {
    return refuse(
      response,
      401,
      'forbidden',
      'Missing or wrong token: open the address Copydesk printed.',
    );
  }
  const channel = channelOf(pathname);
  if (channel === null || !isChannel(channel)) {
    return refuse(response, 404, 'invalid', `Unknown channel: ${channel ?? pathname}`);
  }
  if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    return refuse(response, 415, 'invalid', 'API calls must send Content-Type: application/json.');
  }
  let payload: unknown;
  try {
    const text = await readBody(request, bodyLimitFor(channel));
    payload = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      response.setHeader('Connection', 'close');
      return refuse(response, 413, 'invalid', error.message);
    }
    return sendJson(response, 200, {
      ok: false,
      error: { code: 'invalid', message: 'The request body is not valid JSON.' },
    });
  }
  sendJson(response, 200, await dispatch(handlers, channel, payload));
}

/** The browser-mode host: loopback only, per-run token, same contract and handlers as IPC. */
export async function createWebServer({
  handlers,
  events,
  staticRoot,
  port,
  resolveAsset = () => null,
  limits = {},
  token = randomBytes(32).toString('hex'),
}: WebServerOptions): Promise<WebServer> {
  const { headersTimeoutMs, requestTimeoutMs, timeoutCheckIntervalMs, maxConnections } = {
    ...defaultLimits,
    ...limits,
  };
  let boundPort = 0;

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    setSecurityHeaders(response);
    if (!isTrustedRequest(request.headers, boundPort)) {
      const refusal = refusalText(request.headers['accept-language']);
      response.setHeader('Content-Language', refusal.language);
      return sendText(response, 403, refusal.text);
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const { pathname } = url;
    if (pathname === eventsPath) return serveEvents(request, response, url, { token, events });
    if (pathname.startsWith(apiPrefix)) {
      return answerApi(request, response, pathname, handlers, token);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return sendText(response, 405, 'Method not allowed');
    }
    if (pathname.startsWith(libraryAssetsPrefix)) {
      const headOnly = request.method === 'HEAD';
      return serveLibraryAsset(response, url, { token, resolveAsset, headOnly });
    }
    await serveStaticFile(response, staticRoot, pathname, request.method === 'HEAD');
  };

  const serverOptions = {
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    connectionsCheckingInterval: timeoutCheckIntervalMs,
  };
  const server = createServer(serverOptions, (request, response) => {
    answer(request, response).catch((error: unknown) => {
      console.error('Copydesk: request failed:', error);
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  server.maxConnections = maxConnections;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  boundPort = (server.address() as AddressInfo).port;

  return {
    port: boundPort,
    token,
    url: `http://127.0.0.1:${boundPort}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
