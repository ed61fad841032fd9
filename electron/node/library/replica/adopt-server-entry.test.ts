import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import type { IndexEntry } from '../../../../shared/newsroom/library-index';
import { openTestLibrary, paragraphs, reporter } from '../testing/open-test-library';

const entry = (overrides: Partial<IndexEntry> = {}): IndexEntry => ({
  status: 'draft',
  trashedAt: null,
  createdAt: '2026-01-01T08:00:00.000Z',
  changedAt: '2026-01-01T09:00:00.000Z',
  moves: [],
  ...overrides,
});

describe('adoptServerEntry', () => {
  it('adds a server article from its document, never re-seeded, so later updates merge without doubling', () => {
    const server = openTestLibrary();
    const { id } = server.create(
      { headline: 'Crue', body: paragraphs('La Seine monte.') },
      reporter,
    );
    const state = decodeUpdate(server.document(id).state);
    const desk = openTestLibrary();
    const added = desk.adoptServerEntry({
      id,
      entry: entry({ status: 'submitted' }),
      document: state,
    });
    expect(added).toMatchObject({ id, headline: 'Crue', status: 'submitted' });
    expect(desk.get(id).body).toEqual(paragraphs('La Seine monte.'));
    const deskDoc = new Y.Doc();
    Y.applyUpdate(deskDoc, decodeUpdate(desk.document(id).state));
    const serverDoc = new Y.Doc();
    Y.applyUpdate(serverDoc, state);
    expect(Y.encodeStateVector(deskDoc)).toEqual(Y.encodeStateVector(serverDoc));
  });

  it('takes the server’s status with its move, and its trash state, leaving the text', () => {
    const desk = openTestLibrary();
    const { id } = desk.create({ headline: 'Crue', body: paragraphs('Texte.') }, reporter);
    const move = {
      from: 'draft' as const,
      to: 'submitted' as const,
      by: 'Awa Diop',
      role: 'reporter' as const,
      at: '2026-01-01T10:00:00.000Z',
      note: 'prêt',
    };
    desk.adoptServerEntry({
      id,
      entry: entry({ status: 'submitted', moves: [move] }),
      document: null,
    });
    expect(desk.get(id)).toMatchObject({ status: 'submitted', revision: 2 });
    expect(desk.statusLog(id).at(-1)).toMatchObject({
      from: 'draft',
      to: 'submitted',
      note: 'prêt',
    });
    const trashedAt = '2026-01-01T11:00:00.000Z';
    desk.adoptServerEntry({ id, entry: entry({ status: 'submitted', trashedAt }), document: null });
    expect(desk.get(id).trashedAt).toBe(trashedAt);
    expect(desk.get(id).body).toEqual(paragraphs('Texte.'));
  });

  it('refuses an unknown article without its document', () => {
    const desk = openTestLibrary();
    expect(() => desk.adoptServerEntry({ id: 'missing', entry: entry(), document: null })).toThrow(
      /not in this library/,
    );
  });
});

describe('replica state', () => {
  it('keeps the link, the waiting requests and the sync marks across a reopen', async () => {
    const { temporaryFolder } = await import('../testing/temporary-folder');
    const { openLibrary } = await import('../open-library');
    const folder = temporaryFolder();
    const first = openLibrary(folder, { create: true });
    first.replica.setLink({
      address: 'ws://desk:1234',
      libraryId: 'L1',
      name: 'Awa',
      role: 'editor',
    });
    first.replica.enqueue({ op: 'trash', requestId: 'r1', id: 'a1' });
    first.replica.addUnsent('a1');
    first.replica.addUnsent('a1');
    first.replica.markSynced('a2', '2026-01-01T09:00:00.000Z');
    first.close();
    const again = openLibrary(folder, { create: false });
    try {
      expect(again.replica.link()).toEqual({
        address: 'ws://desk:1234',
        libraryId: 'L1',
        name: 'Awa',
        role: 'editor',
      });
      const [queued] = again.replica.queued();
      expect(queued?.request).toEqual({ op: 'trash', requestId: 'r1', id: 'a1' });
      expect(again.replica.unsent()).toEqual(new Map([['a1', 2]]));
      expect(again.replica.syncedChangedAt('a2')).toBe('2026-01-01T09:00:00.000Z');
      again.replica.dequeue(queued?.seq ?? 0);
      again.replica.markSynced('a1', null);
      expect(again.replica.queued()).toEqual([]);
      expect(again.replica.unsent().size).toBe(0);
    } finally {
      again.close();
    }
  });
});
