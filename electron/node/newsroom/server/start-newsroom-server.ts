import { createServer as createHttpServer } from 'node:http';
import type { Server as HttpServer, RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Extension } from '@hocuspocus/server';
import { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import {
  articleDocumentName,
  libraryDocumentName,
} from '../../../../shared/newsroom/document-names';
import { articlePersistence } from './article-persistence';
import { authentication } from './authentication';
import { httpRoutes } from './http-routes';
import { LibraryIndexDocument, serverWrite } from './library-index-document';
import type { NewsroomContext } from './newsroom-context';
import { newsroomRequests } from './newsroom-requests';
import type { NewsroomStore } from './newsroom-store';
import { watchRevocations } from './revocation-watch';
import type { ServerLimits } from './server-limits';
import { defaultServerLimits } from './server-limits';
import { serveWebsockets } from './serve-websockets';
import { SocketRegistry } from './socket-registry';
import { updateGuard } from './update-guard';
import { shutDownHocuspocus } from './shut-down-hocuspocus';

export interface NewsroomServerOptions {
  store: NewsroomStore;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** PEM certificate and key: the server speaks wss:// and https://. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** More Hocuspocus extensions (e.g. `@hocuspocus/extension-redis` for several instances). */
  extensions?: Extension[];
  limits?: Partial<ServerLimits>;
}

export interface NewsroomServer {
  /** ws://host:port (wss:// with TLS): the address desks connect to. */
  readonly url: string;
  /** http(s)://host:port, for POST /join and GET /health. */
  readonly httpUrl: string;
  /** Stops accepting, stores what is pending, closes every connection; the store stays open. */
  close(): Promise<void>;
}

const listen = (server: HttpServer, host: string, port: number): Promise<AddressInfo> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });

const hostInUrl = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/**
 * A newsroom server: Hocuspocus on a Node HTTP(S) server of our own, with `ws` for the
 * WebSockets (limits before authentication), the store for documents, accounts and requests, and
 * the `library` document held open for as long as the server runs.
 */
export const startNewsroomServer = async (
  options: NewsroomServerOptions,
): Promise<NewsroomServer> => {
  const { store } = options;
  const limits: ServerLimits = { ...defaultServerLimits, ...options.limits };
  const index = new LibraryIndexDocument();
  const sockets = new SocketRegistry(limits);
  const hocuspocus: Hocuspocus<NewsroomContext> = new Hocuspocus<NewsroomContext>({
    name: 'copydesk',
    quiet: true,
    debounce: limits.storeDelayMs,
    maxDebounce: limits.maxStoreDelayMs,
    extensions: [
      updateGuard(limits.maxUpdateBytes),
      authentication(store.accounts, index),
      articlePersistence(store, index),
      newsroomRequests(store, index, () => hocuspocus),
      ...(options.extensions ?? []),
    ],
  });
  const libraryConnection = await hocuspocus.openDirectConnection(libraryDocumentName);
  index.attach(libraryConnection.document!);
  const stopStoreUpdates = store.onArticleUpdate?.((id, update) => {
    const document = hocuspocus.documents.get(articleDocumentName(id));
    if (document !== undefined) Y.applyUpdate(document, update, serverWrite);
  });
  const routes: RequestListener = httpRoutes(store, limits.maxJoinBodyBytes);
  const httpServer = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, routes)
    : createHttpServer(routes);
  // Slow clients: headers and bodies must arrive in time.
  httpServer.headersTimeout = 10_000;
  httpServer.requestTimeout = 20_000;
  const webSockets = serveWebsockets(httpServer, hocuspocus, sockets, limits.maxPayloadBytes);
  const stopRevocations = watchRevocations(store.accounts, sockets, limits.revocationPollMs);
  let address: AddressInfo;
  try {
    address = await listen(httpServer, options.host, options.port);
  } catch (error) {
    stopRevocations();
    stopStoreUpdates?.();
    await libraryConnection.disconnect();
    throw error;
  }
  const authority = `${hostInUrl(options.host)}:${address.port}`;
  let closing: Promise<void> | null = null;
  return {
    url: `${options.tls ? 'wss' : 'ws'}://${authority}`,
    httpUrl: `${options.tls ? 'https' : 'http'}://${authority}`,
    close: () =>
      (closing ??= (async () => {
        stopRevocations();
        stopStoreUpdates?.();
        httpServer.close();
        await shutDownHocuspocus(hocuspocus, libraryConnection);
        for (const client of webSockets.clients) client.terminate();
        webSockets.close();
        httpServer.closeAllConnections();
      })()),
  };
};
