import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { articleDocumentName } from '../../../../shared/newsroom/document-names';

export interface ArticleLinkOptions {
  socket: HocuspocusProviderWebsocket;
  articleId: string;
  credential: string;
  /** The local document as one update, or null when the library does not have the article yet. */
  localState: Uint8Array | null;
  /** An update the server sent (another desk's typing, or what this desk lacked). */
  onRemote: (update: Uint8Array) => void;
  /** The server holds everything this desk sent, and this desk everything the server has. */
  onSettled: () => void;
  onRefused: (reason: string) => void;
}

/**
 * One article's connection: a Yjs document that mirrors the local one, bound to the server's
 * `article/<id>` through a provider on the shared socket. Local updates go in with `push`; the
 * provider's own updates (origin: the provider) are the remote ones.
 */
export class ArticleLink {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  lastActivity = Date.now();

  constructor(options: ArticleLinkOptions) {
    if (options.localState !== null) Y.applyUpdate(this.doc, options.localState);
    this.provider = new HocuspocusProvider({
      websocketProvider: options.socket,
      name: articleDocumentName(options.articleId),
      document: this.doc,
      token: options.credential,
      onAuthenticationFailed: ({ reason }) => options.onRefused(reason),
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this.provider) options.onRemote(update);
    });
    const settle = (): void => {
      if (this.settled) options.onSettled();
    };
    this.provider.on('synced', settle);
    this.provider.on('unsyncedChanges', settle);
    this.provider.attach();
  }

  get settled(): boolean {
    return this.provider.isSynced && !this.provider.hasUnsyncedChanges;
  }

  /** A local change, sent to the server (or when the connection comes back). */
  push(update: Uint8Array): void {
    this.lastActivity = Date.now();
    Y.applyUpdate(this.doc, update, 'local');
  }

  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  close(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
