import { describe, expect, it, vi } from 'vitest';
import type { Library } from '../node/library/library';
import type { NewsroomStore } from '../node/newsroom/server/newsroom-store';
import type {
  NewsroomServer,
  NewsroomServerOptions,
} from '../node/newsroom/server/start-newsroom-server';
import { createLibrarySharing } from './library-sharing';

const setup = (options: { startFails?: boolean } = {}) => {
  const library = { path: '/libraries/la-une' } as Library;
  const stores: { library: Library; close: ReturnType<typeof vi.fn> }[] = [];
  const servers: { options: NewsroomServerOptions; close: ReturnType<typeof vi.fn> }[] = [];
  let changed: () => void = () => undefined;
  const sharing = createLibrarySharing({
    currentLibrary: () => library,
    onLibraryChanged: (listener) => {
      changed = listener;
      return () => undefined;
    },
    storeFor: (opened) => {
      const close = vi.fn(() => Promise.resolve());
      stores.push({ library: opened, close });
      return { close } as unknown as NewsroomStore;
    },
    start: (serverOptions) => {
      if (options.startFails) return Promise.reject(new Error('listen EADDRINUSE'));
      const close = vi.fn(() => Promise.resolve());
      servers.push({ options: serverOptions, close });
      const url = `ws://${serverOptions.host}:${serverOptions.port}`;
      return Promise.resolve({ url, httpUrl: url, close } as NewsroomServer);
    },
    lanAddresses: () => ['192.168.1.20'],
  });
  return { library, stores, servers, sharing, changeLibrary: () => changed() };
};

describe('createLibrarySharing', () => {
  it('serves the library the window has open, not a second copy of it', async () => {
    const { library, stores, servers, sharing } = setup();
    expect(await sharing.share({ host: '127.0.0.1', port: 4455 })).toEqual({
      url: 'ws://127.0.0.1:4455',
    });
    expect(stores.map((store) => store.library)).toEqual([library]);
    expect(servers[0]?.options).toMatchObject({ host: '127.0.0.1', port: 4455 });
  });

  it('gives desks the LAN address when it listens on every interface', async () => {
    const { sharing } = setup();
    expect(await sharing.share({ host: '0.0.0.0', port: 4455 })).toEqual({
      url: 'ws://192.168.1.20:4455',
    });
  });

  it('stops the previous server when shared again, and when the window opens another library', async () => {
    const { stores, servers, sharing, changeLibrary } = setup();
    await sharing.share({ host: '127.0.0.1', port: 4455 });
    await sharing.share({ host: '0.0.0.0', port: 4456 });
    expect(servers[0]?.close).toHaveBeenCalledTimes(1);
    expect(stores[0]?.close).toHaveBeenCalledTimes(1);
    changeLibrary();
    await vi.waitFor(() => expect(stores[1]?.close).toHaveBeenCalledTimes(1));
    expect(servers[1]?.close).toHaveBeenCalledTimes(1);
  });

  it('closes the store and reports the error when the server cannot start', async () => {
    const { stores, sharing } = setup({ startFails: true });
    await expect(sharing.share({ host: '127.0.0.1', port: 4455 })).rejects.toThrow('EADDRINUSE');
    expect(stores[0]?.close).toHaveBeenCalledTimes(1);
  });
});
