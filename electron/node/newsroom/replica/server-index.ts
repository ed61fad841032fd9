import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { libraryDocumentName } from '../../../../shared/newsroom/document-names';
import { IndexEntry, indexMapName } from '../../../../shared/newsroom/library-index';

export interface ServerIndexOptions {
  socket: HocuspocusProviderWebsocket;
  credential: string;
  onRefused: () => void;
  /** The whole index arrived on this connection. */
  onSynced: () => void;
  /** These entries changed. */
  onChanged: (ids: string[]) => void;
  /** The server's answers to requests. */
  onStateless: (payload: string) => void;
}

/**
 * The server's `library` index, as the current connection sees it: read only, with the requests
 * sent beside it as stateless messages.
 *
 * A server that restarts (or another instance taking over) rebuilds the index with a history of
 * its own: a document kept across the reconnection would merge the old history with the new, and
 * an old entry could win over the server's latest. So each connection starts from an empty
 * document (`renew` after a disconnection) and takes the server's.
 */
export class ServerIndex {
  readonly #options: ServerIndexOptions;
  #provider: HocuspocusProvider;
  #used = false;
  #destroyed = false;

  constructor(options: ServerIndexOptions) {
    this.#options = options;
    this.#provider = this.#open();
  }

  entries(): Y.Map<unknown> {
    return this.#provider.document.getMap(indexMapName);
  }

  entry(id: string): IndexEntry | null {
    const parsed = IndexEntry.safeParse(this.entries().get(id));
    return parsed.success ? parsed.data : null;
  }

  send(payload: string): void {
    this.#provider.sendStateless(payload);
  }

  /** The connection was lost: the next one starts from an empty index. */
  renew(): void {
    if (!this.#used) return;
    this.#used = false;
    // Not from inside the socket's own event. The old index is taken off the socket first:
    // destroying it while attached would queue a close for `library`, sent after the new one
    // authenticates on reconnection, and the server would close the new one.
    setTimeout(() => {
      if (this.#destroyed) return;
      this.#options.socket.configuration.providerMap.delete(libraryDocumentName);
      this.#provider.destroy();
      this.#provider = this.#open();
    }, 0);
  }

  destroy(): void {
    this.#destroyed = true;
    this.#provider.destroy();
  }

  #open(): HocuspocusProvider {
    const provider = new HocuspocusProvider({
      websocketProvider: this.#options.socket,
      name: libraryDocumentName,
      token: this.#options.credential,
      onAuthenticationFailed: () => this.#options.onRefused(),
      onSynced: ({ state }) => {
        if (!state || provider !== this.#provider) return;
        this.#used = true;
        this.#options.onSynced();
      },
      onStateless: ({ payload }) => this.#options.onStateless(payload),
    });
    provider.document.getMap(indexMapName).observe((event) => {
      if (provider === this.#provider) this.#options.onChanged([...event.keysChanged] as string[]);
    });
    provider.attach();
    return provider;
  }
}
