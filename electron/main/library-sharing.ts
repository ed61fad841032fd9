import type { Library } from '../node/library/library';
import type { NewsroomStore } from '../node/newsroom/server/newsroom-store';
import type {
  NewsroomServer,
  NewsroomServerOptions,
} from '../node/newsroom/server/start-newsroom-server';

/** How the open library is shared: on this machine only, or on every network interface. */
export interface ShareOptions {
  host: string;
  port: number;
}

export interface LibrarySharingDependencies {
  /** The library the window has open (the session's): shared as it is, not opened a second time. */
  currentLibrary: () => Library;
  /** Told when the window opens another library, or closes it: the sharing stops then. */
  onLibraryChanged: (listener: () => void) => () => void;
  storeFor: (library: Library) => NewsroomStore;
  start: (options: NewsroomServerOptions) => Promise<NewsroomServer>;
  /** This machine's LAN addresses, to tell desks where to connect when listening on 0.0.0.0. */
  lanAddresses: () => string[];
}

export interface LibrarySharing {
  /** Starts (or restarts with new options) the newsroom server; resolves with the desks' address. */
  share(options: ShareOptions): Promise<{ url: string }>;
  stop(): Promise<void>;
}

const everyInterface = '0.0.0.0';

/** "Share this library on the network…": `copydesk serve` on the library the window has open. */
export const createLibrarySharing = (dependencies: LibrarySharingDependencies): LibrarySharing => {
  let running: { server: NewsroomServer; store: NewsroomStore } | null = null;
  const stop = async (): Promise<void> => {
    const current = running;
    running = null;
    if (current === null) return;
    try {
      await current.server.close();
    } finally {
      await current.store.close();
    }
  };
  dependencies.onLibraryChanged(() => void stop());
  return {
    async share({ host, port }) {
      await stop();
      const store = dependencies.storeFor(dependencies.currentLibrary());
      let server: NewsroomServer;
      try {
        server = await dependencies.start({ store, host, port });
      } catch (error) {
        await store.close();
        throw error;
      }
      running = { server, store };
      const [lanAddress] = dependencies.lanAddresses();
      return {
        url:
          host === everyInterface && lanAddress !== undefined
            ? server.url.replace(`//${everyInterface}:`, `//${lanAddress}:`)
            : server.url,
      };
    },
    stop,
  };
};
