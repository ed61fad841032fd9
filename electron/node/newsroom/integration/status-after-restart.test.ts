import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../../shared/model/role';
import type { Status } from '../../../../shared/model/status';
import { openTestLibrary } from '../../library/testing/open-test-library';
import { startNewsroomServer } from '../server/start-newsroom-server';
import { startTestNewsroom } from '../testing/test-newsroom';
import type { NewsroomReplica } from '../replica/newsroom-replica';
import { replicaConnector } from '../testing/replica-connector';

const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 15_000, interval: 50 });

describe('status moves across a server restart', () => {
  it('reach every desk after the server restarts, whatever moved before', async () => {
    const newsroom = await startTestNewsroom();
    const port = Number(new URL(newsroom.server.url).port);
    let server = newsroom.server;
    const desks: NewsroomReplica[] = [];
    const connect = replicaConnector(newsroom, desks);
    const desk = (role: Role, name: string) => {
      const library = openTestLibrary();
      return { library, replica: connect(library, role, name), actor: { name, role } };
    };
    const id = newsroom.articleId;
    const awa = desk('reporter', 'Awa Diop');
    const moussa = desk('editor', 'Moussa Traoré');
    type Desk = ReturnType<typeof desk>;
    /** As the app does: the desk moves its copy, then the server decides. */
    const move = (by: Desk, status: Status, note: string) => {
      const { revision } = by.library.get(id);
      // A brief with no standfirst yet: the editor overrides the readiness checks, as allowed.
      const override = by.actor.role === 'editor' ? { reason: 'Brève urgente' } : undefined;
      by.library.setStatus({ id, baseRevision: revision, status, note, override }, by.actor);
      by.replica.submit({ op: 'setStatus', id, status, note, override });
    };
    const everyoneSees = (status: Status) =>
      waitFor(() => {
        expect(awa.library.get(id).status).toBe(status);
        expect(moussa.library.get(id).status).toBe(status);
      });
    try {
      await waitFor(() => expect(moussa.library.get(id).headline).toBe('Crue du fleuve à Kayes'));
      move(awa, 'submitted', '');
      await everyoneSees('submitted');
      move(moussa, 'changes_requested', 'Sources ?');
      await everyoneSees('changes_requested');

      for (const restart of [1, 2]) {
        await server.close();
        await waitFor(() => expect(awa.replica.state().connection).toBe('offline'));
        server = await startNewsroomServer({ store: newsroom.store, host: '127.0.0.1', port });
        await waitFor(() => {
          expect(awa.replica.state().connection).toBe('connected');
          expect(moussa.replica.state().connection).toBe('connected');
        });
        move(awa, 'submitted', `Tour ${restart}`);
        await everyoneSees('submitted');
        move(moussa, 'changes_requested', '');
        await everyoneSees('changes_requested');
      }
      move(awa, 'submitted', '');
      await everyoneSees('submitted');
      move(moussa, 'approved', '');
      await everyoneSees('approved');
      move(moussa, 'published', '');
      await everyoneSees('published');
    } finally {
      for (const replica of desks) replica.stop();
      await server.close();
    }
  }, 90_000);
});
