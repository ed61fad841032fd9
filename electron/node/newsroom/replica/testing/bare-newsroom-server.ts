import { Server } from '@hocuspocus/server';
import type { Socket } from 'node:net';
import * as Y from 'yjs';
import { decodeUpdate } from '../../../../../shared/collab/update-encoding';
import {
  articleIdOfDocument,
  libraryDocumentName,
} from '../../../../../shared/newsroom/document-names';
import { type IndexEntry, indexMapName } from '../../../../../shared/newsroom/library-index';
import {
  NewsroomRequest,
  type NewsroomReply,
} from '../../../../../shared/newsroom/newsroom-request';

/**
 * A bare Hocuspocus server that speaks the newsroom protocol with no roles and no disk: the index,
 * the requests (any request is accepted, but `refuseStatus` refuses that status) and the
 * articles' documents, kept in memory across `restart()`.
 * @internal
 */
export interface BareNewsroomServer {
  readonly address: string;
  readonly entries: Map<string, IndexEntry>;
  article(id: string): Y.Doc;
  stop(): Promise<void>;
  restart(): Promise<void>;
  refuseStatus: string | null;
}

/** @internal */
export const startBareNewsroomServer = async (credential: string): Promise<BareNewsroomServer> => {
  const entries = new Map<string, IndexEntry>();
  const articles = new Map<string, Y.Doc>();
  const articleDoc = (id: string): Y.Doc => {
    let doc = articles.get(id);
    if (doc === undefined) {
      doc = new Y.Doc();
      articles.set(id, doc);
    }
    return doc;
  };
  let server: Server;
  const sockets = new Set<Socket>();
  let port = 0;
  const publish = (id: string, entry: IndexEntry): void => {
    entries.set(id, entry);
    server.hocuspocus.documents.get(libraryDocumentName)?.getMap(indexMapName).set(id, entry);
  };
  const now = (): string => new Date().toISOString();
  const apply = (request: NewsroomRequest): NewsroomReply => {
    const reply = { kind: 'reply' as const, requestId: request.requestId };
    const entry = entries.get(request.id);
    if (request.op === 'create') {
      Y.applyUpdate(articleDoc(request.id), decodeUpdate(request.document));
      const at = now();
      publish(request.id, {
        status: 'draft',
        trashedAt: null,
        createdAt: at,
        changedAt: at,
        moves: [],
      });
      return { ...reply, ok: true };
    }
    if (entry === undefined)
      return { ...reply, ok: false, code: 'not_found', message: 'No such article.' };
    if (request.op === 'setStatus') {
      if (request.status === handle.refuseStatus) {
        return { ...reply, ok: false, code: 'not_allowed_for_role', message: 'Not for your role.' };
      }
      const move = {
        from: entry.status,
        to: request.status,
        by: 'someone',
        role: 'editor' as const,
        at: now(),
        note: request.note,
      };
      publish(request.id, { ...entry, status: request.status, moves: [...entry.moves, move] });
    } else publish(request.id, { ...entry, trashedAt: request.op === 'trash' ? now() : null });
    return { ...reply, ok: true };
  };
  const start = async (): Promise<void> => {
    server = new Server({
      port,
      address: '127.0.0.1',
      quiet: true,
      debounce: 50,
      onAuthenticate({ token, documentName, connectionConfig }) {
        if (token !== credential) return Promise.reject(new Error('refused'));
        if (documentName === libraryDocumentName) connectionConfig.readOnly = true;
        return Promise.resolve();
      },
      onLoadDocument({ documentName, document }) {
        const id = articleIdOfDocument(documentName);
        if (id !== null) Y.applyUpdate(document, Y.encodeStateAsUpdate(articleDoc(id)));
        else for (const [key, entry] of entries) document.getMap(indexMapName).set(key, entry);
        return Promise.resolve();
      },
      onChange({ documentName, document }) {
        const id = articleIdOfDocument(documentName);
        if (id === null) return Promise.resolve();
        Y.applyUpdate(articleDoc(id), Y.encodeStateAsUpdate(document));
        const entry = entries.get(id);
        if (entry !== undefined) publish(id, { ...entry, changedAt: now() });
        return Promise.resolve();
      },
      onStateless({ payload, connection }) {
        const request = NewsroomRequest.parse(JSON.parse(payload));
        connection.sendStateless(JSON.stringify(apply(request)));
        return Promise.resolve();
      },
    });
    server.httpServer.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await server.listen();
    port = server.address.port;
  };
  await start();
  const handle: BareNewsroomServer = {
    get address() {
      return `ws://127.0.0.1:${port}`;
    },
    entries,
    article: articleDoc,
    stop: async () => {
      // As if the machine went away: the sockets die with the server.
      for (const socket of sockets) socket.destroy();
      await server.destroy();
    },
    restart: start,
    refuseStatus: null,
  };
  return handle;
};
