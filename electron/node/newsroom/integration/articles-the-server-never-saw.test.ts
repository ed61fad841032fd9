import { describe, expect, it, vi } from 'vitest';
import { openTestLibrary, paragraphs, reporter } from '../../library/testing/open-test-library';
import { startTestNewsroom } from '../testing/test-newsroom';
import { replicaConnector } from '../testing/replica-connector';
import type { NewsroomReplica } from '../replica/newsroom-replica';

const waitFor = (check: () => void | Promise<void>) =>
  vi.waitFor(check, { timeout: 15_000, interval: 50 });

describe('articles the server never saw', () => {
  it('go to the server when the desk joins, and when they arrive by import while connected', async () => {
    const newsroom = await startTestNewsroom();
    const replicas: NewsroomReplica[] = [];
    const connect = replicaConnector(newsroom, replicas);
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

  it('stay in the newsroom’s trash: an emptied trash stays empty, and a new desk does not take them', async () => {
    const newsroom = await startTestNewsroom();
    const replicas: NewsroomReplica[] = [];
    const connect = replicaConnector(newsroom, replicas);
    try {
      const awa = openTestLibrary();
      const first = connect(awa, 'reporter', 'Awa Diop');
      const doubled = awa.create(
        { headline: 'Doublon', body: paragraphs('Déjà écrit.') },
        reporter,
      );
      await waitFor(async () => expect((await newsroom.store.index()).has(doubled.id)).toBe(true));
      awa.trash(doubled.id);
      first.submit({ op: 'trash', id: doubled.id });
      await waitFor(async () =>
        expect((await newsroom.store.index()).get(doubled.id)?.trashedAt).not.toBeNull(),
      );
      expect(awa.emptyTrash()).toBe(1);
      first.stop();

      // Back on the server, with another article to take as proof the index was read.
      const moussa = openTestLibrary();
      const moussaReplica = connect(moussa, 'editor', 'Moussa Traoré');
      connect(awa, 'reporter', 'Awa Diop');
      await waitFor(() => expect(moussa.get(newsroom.articleId).headline).not.toBe(''));
      const fresh = moussa.create({ headline: 'Nouveau', body: paragraphs('Suite.') }, reporter);
      moussaReplica.submit({ op: 'create', id: fresh.id });
      await waitFor(() => expect(awa.get(fresh.id).headline).toBe('Nouveau'));
      expect(awa.replica.article(doubled.id)).toBeNull();
      expect(moussa.replica.article(doubled.id)).toBeNull();
    } finally {
      for (const replica of replicas) replica.stop();
      await newsroom.server.close();
    }
  }, 60_000);
});
