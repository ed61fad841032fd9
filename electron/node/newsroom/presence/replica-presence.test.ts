import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { openTestLibrary, paragraphs, reporter } from '../../library/testing/open-test-library';
import { NewsroomReplica } from '../replica/newsroom-replica';
import { startBareNewsroomServer } from '../replica/testing/bare-newsroom-server';
import { createProviderPresenceRelay } from './provider-presence-relay';

const credential = 'credential-of-awa';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A desk (library, replica, relay) and one window's awareness in `articleId` once `enter`ed. */
const desk = (address: string, idleMs = 60_000) => {
  const library = openTestLibrary();
  const presence = createProviderPresenceRelay();
  const replica = new NewsroomReplica({
    library,
    link: { address, libraryId: 'L', name: 'Desk', role: 'editor' },
    credential,
    onState: () => undefined,
    onArticlesChanged: () => undefined,
    idleMs,
    replyTimeoutMs: 2_000,
    presence,
  });
  const window = new Awareness(new Y.Doc());
  window.setLocalState(null);
  let articleId = '';
  const stopRemote = presence.onRemote((id, update) => {
    if (id === articleId) applyAwarenessUpdate(window, update, 'remote');
  });
  const send = () => presence.send(articleId, encodeAwarenessUpdate(window, [window.clientID]));
  // As renderer/presence does: its own state removed by a dropped connection is announced again.
  window.on('update', ({ removed }: { removed: number[] }, origin: unknown) => {
    if (articleId !== '' && (origin !== 'remote' || removed.includes(window.clientID))) send();
  });
  cleanups.push(() => {
    stopRemote();
    window.destroy();
    replica.stop();
  });
  return {
    library,
    replica,
    window,
    send,
    enter(id: string, name: string) {
      articleId = id;
      window.setLocalState({ user: { name, color: '#1d4ed8' }, editing: 'body' });
      return send();
    },
    others: () =>
      [...window.getStates().entries()]
        .filter(([client]) => client !== window.clientID)
        .map(([, state]) => (state.user as { name?: string } | undefined)?.name)
        .filter(Boolean),
  };
};

const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 50 });

const sharedArticle = async () => {
  const newsroom = await startBareNewsroomServer(credential);
  cleanups.push(() => newsroom.stop());
  return newsroom;
};

describe('presence through the newsroom replica', () => {
  it('carries the windows’ presence over the articles’ connections: two desks see each other', async () => {
    const newsroom = await sharedArticle();
    const a = desk(newsroom.address);
    const b = desk(newsroom.address);
    await waitFor(() => expect(b.replica.state().connection).toBe('connected'));
    const { id } = a.library.create({ headline: 'Crue', body: paragraphs('La Seine.') }, reporter);
    a.replica.submit({ op: 'create', id });
    await waitFor(() => expect(b.library.get(id).headline).toBe('Crue'));

    expect(a.enter(id, 'Awa Diop')).toBe(true);
    expect(b.enter(id, 'Jean Martin')).toBe(true);

    await waitFor(() => {
      expect(b.others()).toEqual(['Awa Diop']);
      expect(a.others()).toEqual(['Jean Martin']);
    });
  });

  it('connects an idle article again when a window is in it', async () => {
    const newsroom = await sharedArticle();
    const a = desk(newsroom.address, 200);
    await waitFor(() => expect(a.replica.state().connection).toBe('connected'));
    const { id } = a.library.create({ headline: 'Crue', body: paragraphs('La Seine.') }, reporter);
    a.replica.submit({ op: 'create', id });
    await waitFor(() => expect(a.replica.openArticles()).toEqual([]));

    expect(a.enter(id, 'Awa Diop')).toBe(true);
    expect(a.replica.openArticles()).toEqual([id]);
  });

  it('shares nothing for an article the library does not have', async () => {
    const newsroom = await sharedArticle();
    const a = desk(newsroom.address);
    await waitFor(() => expect(a.replica.state().connection).toBe('connected'));
    expect(a.enter('a1b2c3d4-0000-4000-8000-00000000dead', 'Awa Diop')).toBe(false);
    expect(a.replica.openArticles()).toEqual([]);
  });
});
