import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEditorSessionStore } from './editor-session';
import { createPendingEdits } from './pending-edits';
import { article, fakeHost, idFor, paragraphs } from './testing/editor-fakes';
import { memoryPendingEditsBackend } from './testing/pending-edits-fakes';
import { typeInto } from './testing/typing';

const A = idFor(1);
const B = idFor(2);

/** One window: a session on the host, hearing its `article:updated` events. */
async function openWindow(
  host: ReturnType<typeof fakeHost>,
  pendingEdits = createPendingEdits(memoryPendingEditsBackend()),
  editorId = 'window-1',
) {
  const session = createEditorSessionStore({
    api: host.api,
    library: () => host.library,
    pendingEdits,
    editorId,
  });
  host.onUpdated((received) => session.getState().receiveUpdate(received));
  await session.getState().open(A);
  return { session, type: typeInto(session), pendingEdits };
}

const serverStops = (host: ReturnType<typeof fakeHost>) =>
  host.failNext(...Array.from({ length: 20 }, () => 'unavailable' as const));

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('editor session: sending the document’s updates', () => {
  it('sends a burst of typing as one merged update, then says saved', async () => {
    const host = fakeHost(article(1));
    const { session, type } = await openWindow(host);

    session.getState().setHeadline('Mali');
    type('Bamako');
    session.getState().setHeadline('Mali–Maroc');
    type('Bamako, 12 mars');
    expect(session.getState().save.kind).toBe('saving');
    expect(host.updates).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(400);

    expect(host.updates).toHaveLength(1);
    expect(host.updates[0]!.request.origin).toBe('window-1');
    expect(session.getState().save).toEqual({ kind: 'saved' });
    expect(host.stored(A)).toMatchObject({
      headline: 'Mali–Maroc',
      body: paragraphs('Bamako, 12 mars'),
    });
    expect(host.library.articleSaved).toHaveBeenCalledWith(
      expect.objectContaining({ id: A, headline: 'Mali–Maroc' }),
    );
  });

  it('keeps sending during continuous typing, so a keystroke is stored within a second', async () => {
    const host = fakeHost(article(1));
    const { type } = await openWindow(host);
    for (let tick = 0; tick < 12; tick += 1) {
      type(`Texte ${'mot '.repeat(tick)}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(host.updates.length).toBeGreaterThanOrEqual(1);
    expect(host.stored(A)?.body).not.toEqual(paragraphs('Texte 1'));
  });

  it('holds what is typed while an update is in flight and sends it in the next one', async () => {
    const host = fakeHost(article(1));
    const { session, type } = await openWindow(host);
    host.hold();
    type('un');
    await vi.advanceTimersByTimeAsync(400);
    type('un deux');
    session.getState().setHeadline('Titre');
    await vi.advanceTimersByTimeAsync(400);
    expect(host.updates).toHaveLength(1);

    host.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.updates).toHaveLength(2);
    expect(host.stored(A)).toMatchObject({ headline: 'Titre', body: paragraphs('un deux') });
    expect(session.getState().save).toEqual({ kind: 'saved' });
  });

  it('keeps the text after a failed send, says why, and sends it when the host recovers', async () => {
    const host = fakeHost(article(1));
    const { session, type } = await openWindow(host);
    host.failNext('io');
    type('Texte important');
    await vi.advanceTimersByTimeAsync(400);
    expect(session.getState().save).toMatchObject({ kind: 'retrying', error: { code: 'io' } });

    await vi.advanceTimersByTimeAsync(1_100);
    expect(session.getState().save).toEqual({ kind: 'saved' });
    expect(host.stored(A)?.body).toEqual(paragraphs('Texte important'));
  });

  it('sends at once on saveNow, and reads the article’s new revision', async () => {
    const host = fakeHost(article(1));
    const { session, type } = await openWindow(host);
    type('Vite');
    await expect(session.getState().saveNow()).resolves.toBe(true);
    expect(host.updates).toHaveLength(1);
    expect(session.getState().article).toMatchObject({
      revision: 2,
      body: paragraphs('Vite'),
    });
  });

  it('sends unsent text with the keepalive transport when the page goes away', async () => {
    const host = fakeHost(article(1));
    const { session, type } = await openWindow(host);
    type('Dernier mot');
    session.getState().flushForUnload();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.updates.map((sent) => sent.transport)).toEqual(['keepalive']);
    expect(host.stored(A)?.body).toEqual(paragraphs('Dernier mot'));
  });

  it('flushes the article it leaves when another is opened', async () => {
    const host = fakeHost(article(1), article(2));
    const { session, type } = await openWindow(host);
    type('Avant de partir');
    await session.getState().open(B);
    await vi.advanceTimersByTimeAsync(0);
    expect(host.stored(A)?.body).toEqual(paragraphs('Avant de partir'));
    expect(session.getState().article?.id).toBe(B);
  });
});

describe('editor session: two windows on one article', () => {
  it('converge while both type, with no conflict and no update sent back', async () => {
    const host = fakeHost(article(1, { body: paragraphs('Le fleuve monte.') }));
    const left = await openWindow(host, undefined, 'left');
    const right = await openWindow(host, undefined, 'right');

    left.type('À Niamey, le fleuve monte.');
    right.type('Le fleuve monte encore.');
    await vi.advanceTimersByTimeAsync(400);
    right.session.getState().setField('section', 'Société');
    left.session.getState().setHeadline('Crue du Niger');
    await vi.advanceTimersByTimeAsync(400);

    for (const { session } of [left, right]) {
      expect(session.getState().save).toEqual({ kind: 'saved' });
      await session.getState().saveNow();
      expect(session.getState().article).toMatchObject({
        headline: 'Crue du Niger',
        section: 'Société',
        body: paragraphs('À Niamey, le fleuve monte encore.'),
      });
    }
    expect(host.stored(A)?.body).toEqual(paragraphs('À Niamey, le fleuve monte encore.'));
    expect(host.updates).toHaveLength(4);
  });

  it('shows a change the library made (a restore elsewhere) in the open document', async () => {
    const host = fakeHost(article(1));
    const { session } = await openWindow(host);
    host.editElsewhere(A, { headline: 'Changé ailleurs', tags: ['Niamey'] });
    expect(session.getState().article).toMatchObject({
      headline: 'Changé ailleurs',
      tags: ['Niamey'],
    });
    expect(host.updates).toHaveLength(0);
  });
});

describe('editor session: writes that need the revision', () => {
  it('changes the status after sending pending text, at the revision the library derived', async () => {
    const host = fakeHost(article(1));
    const { session, type } = await openWindow(host);
    type('Prêt');
    await expect(session.getState().setStatus('submitted', '')).resolves.toBe(true);
    expect(host.stored(A)).toMatchObject({ status: 'submitted', body: paragraphs('Prêt') });
    expect(session.getState().failure).toBeNull();
  });

  it('refuses a status change when someone else moved the status meanwhile', async () => {
    const host = fakeHost(article(1));
    const { session } = await openWindow(host);
    await host.api.articles.setStatus({ id: A, baseRevision: 1, status: 'submitted', note: '' });
    // This window still shows a draft.
    await expect(session.getState().setStatus('spiked', '')).resolves.toBe(false);
    expect(session.getState().failure?.action).toBe('status');
    expect(host.stored(A)?.status).toBe('submitted');
  });

  it('restores a version after sending pending text, and shows it in a new document', async () => {
    const host = fakeHost(article(1));
    const { session, type } = await openWindow(host);
    const generation = session.getState().generation;
    type('Tapé avant');
    await expect(session.getState().restoreRevision(3)).resolves.toBe(true);
    expect(session.getState().generation).toBe(generation + 1);
    expect(session.getState().article).toMatchObject({
      headline: 'Version du reporter',
      body: paragraphs('texte restauré'),
    });
  });
});

describe('editor session: text kept in the page', () => {
  it('keeps every update typed while sends fail, and says so', async () => {
    const host = fakeHost(article(1));
    const { session, type, pendingEdits } = await openWindow(host);
    serverStops(host);
    type('Hors ligne');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(session.getState().save).toMatchObject({ kind: 'retrying', kept: true });
    expect((await pendingEdits.read(A))?.updates).toHaveLength(1);
  });

  it('sends kept text again after a reload, then forgets it', async () => {
    const host = fakeHost(article(1));
    const before = await openWindow(host);
    serverStops(host);
    before.type('Tout le texte du reporter');
    await vi.advanceTimersByTimeAsync(1_000);
    before.session.getState().flushForUnload();

    const restarted = fakeHost(article(1));
    const after = await openWindow(restarted, before.pendingEdits, 'window-2');
    await vi.advanceTimersByTimeAsync(0);
    expect(after.session.getState().article?.headline).toBe('Article 1');
    await vi.advanceTimersByTimeAsync(400);
    expect(restarted.stored(A)?.body).toEqual(paragraphs('Tout le texte du reporter'));
    expect(after.session.getState().save).toEqual({ kind: 'saved' });
    expect(await before.pendingEdits.read(A)).toBeNull();
  });

  it('merges kept text with what was typed elsewhere meanwhile', async () => {
    const original = article(1, { body: paragraphs('Le fleuve monte.') });
    const stopped = fakeHost(original);
    const before = await openWindow(stopped);
    serverStops(stopped);
    before.type('À Niamey, le fleuve monte.');
    await vi.advanceTimersByTimeAsync(1_000);

    const restarted = fakeHost(original);
    restarted.editElsewhere(A, { body: paragraphs('Le fleuve monte encore.') });
    const after = await openWindow(restarted, before.pendingEdits, 'window-2');
    await vi.advanceTimersByTimeAsync(0);
    await expect(after.session.getState().saveNow()).resolves.toBe(true);
    expect(restarted.stored(A)?.body).toEqual(paragraphs('À Niamey, le fleuve monte encore.'));
  });

  it('still reads fields kept by an earlier version, and sends them as updates', async () => {
    const pendingEdits = createPendingEdits(memoryPendingEditsBackend());
    await pendingEdits.keep({ id: A, baseRevision: 1, changes: { headline: 'Gardé' }, keptAt: 1 });
    const host = fakeHost(article(1));
    const { session } = await openWindow(host, pendingEdits);
    await vi.advanceTimersByTimeAsync(0);
    await session.getState().saveNow();
    expect(host.stored(A)?.headline).toBe('Gardé');
    expect(await pendingEdits.read(A)).toBeNull();
  });

  it('forgets kept text the library already has, without sending it again', async () => {
    const host = fakeHost(article(1));
    const first = await openWindow(host);
    first.type('Déjà enregistré');
    await first.session.getState().saveNow();
    const pendingEdits = createPendingEdits(memoryPendingEditsBackend());
    const state = await host.api.articles.document({ id: A });
    await pendingEdits.keep({ id: A, updates: [state.ok ? state.value.state : ''], keptAt: 1 });
    const sent = host.updates.length;

    await openWindow(host, pendingEdits, 'window-2');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.updates).toHaveLength(sent);
    expect(await pendingEdits.read(A)).toBeNull();
  });
});

describe('editor session: an article trashed elsewhere', () => {
  it('stops sending, and keeps both: my text becomes a copy, which is opened', async () => {
    const host = fakeHost(article(1));
    const { session, type } = await openWindow(host);
    host.trash(A);
    type('Ma version');
    await vi.advanceTimersByTimeAsync(400);
    expect(session.getState().save).toEqual({ kind: 'conflict' });

    await expect(session.getState().keepBoth(' (copie)')).resolves.toBe(true);
    expect(host.api.articles.create).toHaveBeenCalledWith(
      expect.objectContaining({ headline: 'Article 1 (copie)', body: paragraphs('Ma version') }),
    );
    expect(host.library.select).toHaveBeenCalled();
  });
});

describe('editor session: a save asked for during a status change', () => {
  it('resolves once the status change is done, even with nothing left to send', async () => {
    const host = fakeHost(article(1));
    const { session } = await openWindow(host);
    const { setStatus } = host.api.articles;
    let answer = () => undefined as void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    host.api.articles.setStatus = async (request) => {
      await answered;
      return setStatus(request);
    };
    const moving = session.getState().setStatus('submitted', '');
    await vi.advanceTimersByTimeAsync(0);
    const saved = session.getState().saveNow();
    answer();
    await expect(moving).resolves.toBe(true);
    await expect(saved).resolves.toBe(true);
  });
});
