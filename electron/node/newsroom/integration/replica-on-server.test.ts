import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../../shared/model/role';
import type { Library } from '../../library/library';
import { openTestLibrary, paragraphs, reporter } from '../../library/testing/open-test-library';
import { startNewsroomServer } from '../server/start-newsroom-server';
import { startTestNewsroom } from '../testing/test-newsroom';
import { NewsroomReplica } from '../replica/newsroom-replica';
import { replicaConnector } from '../testing/replica-connector';
import { typeInLibrary } from '../replica/testing/type-in-library';

const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 15_000, interval: 50 });

const bodyText = (library: Library, id: string): string =>
  JSON.stringify(library.get(id).body.content?.[0]);

describe('the replica on a real newsroom server', () => {
  it('takes the server’s articles, converges live, keeps offline edits on both sides across a restart, and takes refusals', async () => {
    const newsroom = await startTestNewsroom();
    const port = Number(new URL(newsroom.server.url).port);
    let server = newsroom.server;
    const desks: NewsroomReplica[] = [];
    const connect = replicaConnector(newsroom, desks);
    const desk = (role: Role, name: string) => {
      const library = openTestLibrary();
      return { library, replica: connect(library, role, name) };
    };
    try {
      const awa = desk('reporter', 'Awa Diop');
      const moussa = desk('editor', 'Moussa Traoré');
      const id = newsroom.articleId;
      await waitFor(() => {
        expect(awa.library.get(id).headline).toBe('Crue du fleuve à Kayes');
        expect(moussa.library.get(id).headline).toBe('Crue du fleuve à Kayes');
      });

      typeInLibrary(awa.library, id, 0, 'Kayes : ');
      typeInLibrary(moussa.library, id, 100, ' Alerte.');
      await waitFor(() => {
        expect(bodyText(awa.library, id)).toContain('Kayes : Le niveau monte. Alerte.');
        expect(bodyText(moussa.library, id)).toContain('Kayes : Le niveau monte. Alerte.');
      });

      const created = awa.library.create(
        { headline: 'Pluies', body: paragraphs('Il pleut.') },
        reporter,
      );
      awa.replica.submit({ op: 'create', id: created.id });
      await waitFor(() => expect(moussa.library.get(created.id).headline).toBe('Pluies'));

      await server.close();
      await waitFor(() => expect(awa.replica.state().connection).toBe('offline'));
      typeInLibrary(awa.library, id, 0, 'A ');
      typeInLibrary(moussa.library, id, 100, ' B');
      expect(awa.replica.state().waiting[id]).toBeGreaterThan(0);
      server = await startNewsroomServer({ store: newsroom.store, host: '127.0.0.1', port });
      await waitFor(() => {
        expect(bodyText(awa.library, id)).toContain('A Kayes : Le niveau monte. Alerte. B');
        expect(bodyText(moussa.library, id)).toContain('A Kayes : Le niveau monte. Alerte. B');
      });
      await waitFor(() =>
        expect(awa.replica.state()).toMatchObject({ connection: 'connected', waiting: {} }),
      );

      awa.replica.submit({ op: 'setStatus', id, status: 'published', note: '' });
      await waitFor(() => expect(awa.replica.state().refusal?.articleId).toBe(id));
      expect(awa.library.get(id).status).toBe('draft');
    } finally {
      for (const replica of desks) replica.stop();
      await server.close();
    }
  }, 60_000);

  it('is refused at once when its credential is revoked while connected', async () => {
    const newsroom = await startTestNewsroom({ revocationPollMs: 100 });
    const library = openTestLibrary();
    const replica = new NewsroomReplica({
      library,
      link: { address: newsroom.server.url, libraryId: 'L', name: 'Awa Diop', role: 'reporter' },
      credential: newsroom.credentials.reporter,
      onState: () => undefined,
      onArticlesChanged: () => undefined,
    });
    try {
      await waitFor(() => expect(replica.state().connection).toBe('connected'));
      await newsroom.store.accounts.revoke('Awa Diop');
      await waitFor(() => expect(replica.state().connection).toBe('refused'));
    } finally {
      replica.stop();
    }
  });

  it('says a wrong credential is refused', async () => {
    const newsroom = await startTestNewsroom();
    const library = openTestLibrary();
    const replica = new NewsroomReplica({
      library,
      link: { address: newsroom.server.url, libraryId: 'L', name: 'X', role: 'editor' },
      credential: 'not-a-credential-at-all',
      onState: () => undefined,
      onArticlesChanged: () => undefined,
    });
    try {
      await waitFor(() => expect(replica.state().connection).toBe('refused'));
    } finally {
      replica.stop();
    }
  });
});
