import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../../shared/model/role';
import type { Library } from '../../library/library';
import { openTestLibrary, paragraphs, reporter } from '../../library/testing/open-test-library';
import { startTestNewsroom } from '../testing/test-newsroom';
import { NewsroomReplica } from '../replica/newsroom-replica';

const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 15_000, interval: 50 });

describe('articles the server never saw', () => {
  it('go to the server when the desk joins, and when they arrive by import while connected', async () => {
    const newsroom = await startTestNewsroom();
    const replicas: NewsroomReplica[] = [];
    const connect = (library: Library, role: Role, name: string) => {
      const replica = new NewsroomReplica({
        library,
        link: { address: newsroom.server.url, libraryId: newsroom.store.libraryId, name, role },
        credential: newsroom.credentials[role],
        onState: () => undefined,
        onArticlesChanged: () => undefined,
        replyTimeoutMs: 5_000,
      });
      replicas.push(replica);
      return replica;
    };
    try {
      const awa = openTestLibrary();
      const before = awa.create(
        { headline: 'Écrit avant', body: paragraphs('Hors réseau.') },
        reporter,
      );
      const binned = awa.create(
        { headline: 'Jeté', body: paragraphs('Brouillon raté.') },
        reporter,
      );
      awa.trash(binned.id);
      const moussa = openTestLibrary();
      const awaReplica = connect(awa, 'reporter', 'Awa Diop');
      connect(moussa, 'editor', 'Moussa Traoré');

      await waitFor(() => expect(moussa.get(before.id).headline).toBe('Écrit avant'));
      await waitFor(() => expect(awaReplica.state().waiting).toEqual({}));

      // An import writes the article without asking the newsroom: the replica sees it is new.
      const imported = awa.create({ headline: 'Importé', body: paragraphs('Dépêche.') }, reporter);
      await waitFor(() => expect(moussa.get(imported.id).headline).toBe('Importé'));
      expect((await newsroom.store.index()).has(binned.id)).toBe(false);
      expect(awa.replica.queued()).toEqual([]);
    } finally {
      for (const replica of replicas) replica.stop();
      await newsroom.server.close();
    }
  }, 60_000);
});
