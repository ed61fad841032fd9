import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Server } from '@hocuspocus/server';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { articleDocumentName } from '../../../../shared/newsroom/document-names';
import { createProviderPresenceRelay } from './provider-presence-relay';

const articleId = 'a1b2c3d4-0000-4000-8000-000000000001';
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const startServer = async () => {
  const server = new Server({ port: 0, quiet: true, stopOnSignals: false });
  await server.listen();
  cleanups.push(() => server.destroy());
  return `ws://127.0.0.1:${server.address.port}`;
};

/** One desk: its connection to the article, its relay, and one window's awareness. */
const startDesk = (url: string, name: string) => {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: articleDocumentName(articleId),
  });
  provider.attach();
  const relay = createProviderPresenceRelay();
  const detach = relay.attach(articleId, provider);
  const windowDoc = new Y.Doc();
  const window = new Awareness(windowDoc);
  const stopRemote = relay.onRemote((id, update) => {
    if (id === articleId) applyAwarenessUpdate(window, update, 'remote');
  });
  // As renderer/presence does: its own state removed by a dropped connection is announced again.
  window.on('update', ({ removed }: { removed: number[] }, origin: unknown) => {
    if (origin !== 'remote' || removed.includes(window.clientID)) {
      relay.send(articleId, encodeAwarenessUpdate(window, [window.clientID]));
    }
  });
  cleanups.push(() => {
    stopRemote();
    detach();
    window.destroy();
    provider.destroy();
    socket.destroy();
  });
  return { provider, relay, window, name, detach };
};

const synced = (provider: HocuspocusProvider) =>
  new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.on('synced', () => resolve());
  });

/** Resolves once `check` holds after one of the awareness's changes (or at once). */
const until = (awareness: Awareness, check: () => boolean) =>
  new Promise<void>((resolve) => {
    if (check()) return resolve();
    const listener = () => {
      if (!check()) return;
      awareness.off('change', listener);
      resolve();
    };
    awareness.on('change', listener);
  });

const namesSeenBy = (awareness: Awareness) =>
  [...awareness.getStates().entries()]
    .filter(([client]) => client !== awareness.clientID)
    .map(([, state]) => (state.user as { name?: string } | undefined)?.name)
    .filter((name): name is string => typeof name === 'string')
    .sort();

describe('the provider presence relay', () => {
  it('carries two desks’ windows’ states to each other through a Hocuspocus server', async () => {
    const url = await startServer();
    const awa = startDesk(url, 'Awa Diop');
    const jean = startDesk(url, 'Jean Martin');
    await Promise.all([synced(awa.provider), synced(jean.provider)]);

    awa.window.setLocalState({ user: { name: 'Awa Diop', color: '#1d4ed8' }, editing: 'headline' });
    jean.window.setLocalState({ user: { name: 'Jean Martin', color: '#b91c1c' }, editing: null });

    await until(jean.window, () => namesSeenBy(jean.window).includes('Awa Diop'));
    await until(awa.window, () => namesSeenBy(awa.window).includes('Jean Martin'));
    const awaSeen = [...jean.window.getStates().values()].find(
      (state) => (state.user as { name?: string } | undefined)?.name === 'Awa Diop',
    );
    expect(awaSeen?.editing).toBe('headline');
    // A desk's own window never comes back to it as another desk.
    expect(namesSeenBy(awa.window)).toEqual(['Jean Martin']);
  });

  it('passes on a window leaving, and says nothing is shared for an article it does not relay', async () => {
    const url = await startServer();
    const awa = startDesk(url, 'Awa Diop');
    const jean = startDesk(url, 'Jean Martin');
    await Promise.all([synced(awa.provider), synced(jean.provider)]);
    awa.window.setLocalState({ user: { name: 'Awa Diop', color: '#1d4ed8' }, editing: 'body' });
    await until(jean.window, () => namesSeenBy(jean.window).includes('Awa Diop'));

    // Hocuspocus 4.7 drops a removal (a null state) when it re-encodes an awareness message, so a
    // window that leaves says so with an empty state first (renderer/presence does).
    awa.window.setLocalState({});
    await until(jean.window, () => !namesSeenBy(jean.window).includes('Awa Diop'));

    expect(awa.relay.send('another-article', new Uint8Array([0]))).toBe(false);
    expect(awa.relay.send(articleId, new Uint8Array([255, 255, 255]))).toBe(false);
  });

  it('stops relaying once detached, and the windows forget the other desks', async () => {
    const url = await startServer();
    const awa = startDesk(url, 'Awa Diop');
    const jean = startDesk(url, 'Jean Martin');
    await Promise.all([synced(awa.provider), synced(jean.provider)]);
    jean.window.setLocalState({ user: { name: 'Jean Martin', color: '#b91c1c' }, editing: null });
    await until(awa.window, () => namesSeenBy(awa.window).includes('Jean Martin'));

    awa.detach();

    await until(awa.window, () => namesSeenBy(awa.window).length === 0);
    const update = encodeAwarenessUpdate(awa.window, [awa.window.clientID]);
    expect(awa.relay.send(articleId, update)).toBe(false);
  });
});
