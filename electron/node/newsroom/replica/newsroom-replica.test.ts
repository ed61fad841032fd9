import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewsroomState } from '../../../../shared/newsroom/newsroom-state';
import type { Library } from '../../library/library';
import { openTestLibrary, paragraphs, reporter } from '../../library/testing/open-test-library';
import { NewsroomReplica } from './newsroom-replica';
import { startBareNewsroomServer, type BareNewsroomServer } from './testing/bare-newsroom-server';
import { typeInLibrary } from './testing/type-in-library';

const credential = 'credential-of-awa';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const server = async (): Promise<BareNewsroomServer> => {
  const started = await startBareNewsroomServer(credential);
  cleanups.push(() => started.stop());
  return started;
};

const desk = (address: string, options: { credential?: string; idleMs?: number } = {}) => {
  const library = openTestLibrary();
  const states: NewsroomState[] = [];
  const changed: string[] = [];
  const replica = new NewsroomReplica({
    library,
    link: { address, libraryId: 'L', name: 'Awa', role: 'editor' },
    credential: options.credential ?? credential,
    onState: (state) => states.push(state),
    onArticlesChanged: (ids) => changed.push(...ids),
    idleMs: options.idleMs,
    replyTimeoutMs: 2_000,
  });
  cleanups.push(() => replica.stop());
  return { library, replica, states, changed };
};

const bodyText = (library: Library, id: string): string =>
  JSON.stringify(library.get(id).body.content?.[0]);

const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 50 });

describe('NewsroomReplica', () => {
  it('sends a new article to the server; another desk adds it from the server’s document and both edit live', async () => {
    const newsroom = await server();
    const a = desk(newsroom.address);
    const b = desk(newsroom.address);
    await waitFor(() => expect(a.replica.state().connection).toBe('connected'));
    const { id } = a.library.create(
      { headline: 'Crue', body: paragraphs('La Seine monte.') },
      reporter,
    );
    a.replica.submit({ op: 'create', id });
    await waitFor(() => expect(b.library.get(id).headline).toBe('Crue'));
    expect(b.changed).toContain(id);
    expect(bodyText(b.library, id)).toContain('La Seine monte.');

    typeInLibrary(a.library, id, 0, 'Paris : ');
    typeInLibrary(b.library, id, 15, ' Encore.');
    await waitFor(() => {
      expect(bodyText(a.library, id)).toContain('Paris : La Seine monte. Encore.');
      expect(bodyText(b.library, id)).toContain('Paris : La Seine monte. Encore.');
    });
    await waitFor(() => expect(a.replica.state().waiting).toEqual({}));
  });

  it('keeps both desks’ offline edits and merges them when the server comes back', async () => {
    const newsroom = await server();
    const a = desk(newsroom.address);
    const b = desk(newsroom.address);
    await waitFor(() => expect(a.replica.state().connection).toBe('connected'));
    const { id } = a.library.create({ headline: 'Grève', body: paragraphs('Le métro.') }, reporter);
    a.replica.submit({ op: 'create', id });
    await waitFor(() => expect(b.library.get(id).headline).toBe('Grève'));

    await newsroom.stop();
    await waitFor(() => {
      expect(a.replica.state().connection).toBe('offline');
      expect(b.replica.state().connection).toBe('offline');
    });
    typeInLibrary(a.library, id, 0, 'A: ');
    typeInLibrary(b.library, id, 9, ' B.');
    await waitFor(() => expect(a.states.at(-1)?.waiting[id]).toBeGreaterThan(0));
    await newsroom.restart();
    await waitFor(() => {
      expect(bodyText(a.library, id)).toContain('A: Le métro. B.');
      expect(bodyText(b.library, id)).toContain('A: Le métro. B.');
    });
    await waitFor(() =>
      expect(a.replica.state()).toMatchObject({ connection: 'connected', waiting: {} }),
    );
  });

  it('queues requests offline in the library and sends them on reconnect; a refusal is shown and the server’s status taken', async () => {
    const newsroom = await server();
    const a = desk(newsroom.address);
    await waitFor(() => expect(a.replica.state().connection).toBe('connected'));
    const { id } = a.library.create(
      { headline: 'Budget', body: paragraphs('Chiffres.') },
      reporter,
    );
    a.replica.submit({ op: 'create', id });
    await waitFor(() => expect(newsroom.entries.get(id)?.status).toBe('draft'));

    await newsroom.stop();
    await waitFor(() => expect(a.replica.state().connection).toBe('offline'));
    a.library.trash(id);
    a.replica.submit({ op: 'trash', id });
    expect(a.library.replica.queued()).toHaveLength(1);
    await newsroom.restart();
    await waitFor(() => expect(newsroom.entries.get(id)?.trashedAt).not.toBeNull());
    expect(a.library.replica.queued()).toEqual([]);

    newsroom.refuseStatus = 'published';
    a.library.restore(id);
    a.replica.submit({ op: 'restore', id });
    await waitFor(() => expect(newsroom.entries.get(id)?.trashedAt).toBeNull());
    a.library.adoptServerEntry({
      id,
      entry: { ...newsroom.entries.get(id)!, status: 'published' },
      document: null,
    });
    a.replica.submit({ op: 'setStatus', id, status: 'published', note: '' });
    await waitFor(() =>
      expect(a.replica.state().refusal).toEqual({ articleId: id, message: 'Not for your role.' }),
    );
    expect(a.library.get(id).status).toBe('draft');
  });

  it('says a wrong credential is refused', async () => {
    const newsroom = await server();
    const a = desk(newsroom.address, { credential: 'not-the-one' });
    await waitFor(() => expect(a.replica.state().connection).toBe('refused'));
  });

  it('detaches an idle article once synced and reopens it when the server’s copy changes', async () => {
    const newsroom = await server();
    const a = desk(newsroom.address, { idleMs: 200 });
    const b = desk(newsroom.address, { idleMs: 200 });
    await waitFor(() => expect(a.replica.state().connection).toBe('connected'));
    const { id } = a.library.create({ headline: 'Neige', body: paragraphs('Flocons.') }, reporter);
    a.replica.submit({ op: 'create', id });
    await waitFor(() => expect(b.library.get(id).headline).toBe('Neige'));
    await waitFor(() => expect(a.replica.openArticles()).toEqual([]));
    typeInLibrary(b.library, id, 0, 'Déjà ');
    await waitFor(() => expect(bodyText(a.library, id)).toContain('Déjà Flocons.'));
  });
});
