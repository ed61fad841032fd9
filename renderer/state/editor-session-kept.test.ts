import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { createEditorSessionStore } from './editor-session';
import { article, fakeHost, idFor, paragraphs } from './testing/editor-fakes';
import { createPendingEdits } from './pending-edits';
import { memoryPendingEditsBackend } from './testing/pending-edits-fakes';

const A = idFor(1);

/** One page: a session on the host, keeping what is unsaved in `pendingEdits` (the page's storage). */
async function openPage(
  host: ReturnType<typeof fakeHost>,
  pendingEdits = createPendingEdits(memoryPendingEditsBackend()),
) {
  const session = createEditorSessionStore({
    api: host.api,
    library: () => host.library,
    pendingEdits,
  });
  let body: TiptapDocument = paragraphs('Texte 1');
  await session.getState().open(A);
  if (session.getState().article) body = session.getState().article!.body;
  session.getState().attachBody(() => body);
  const typeBody = (...texts: string[]) => {
    body = paragraphs(...texts);
    session.getState().bodyChanged();
  };
  return { session, typeBody, pendingEdits };
}

const serverStops = (host: ReturnType<typeof fakeHost>) =>
  host.failNext(...Array.from({ length: 20 }, () => 'unavailable' as const));

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('text kept in the page while the server is away', () => {
  it('keeps every word typed while saves fail, and says so', async () => {
    const host = fakeHost(article(1));
    const { session, typeBody, pendingEdits } = await openPage(host);
    serverStops(host);
    typeBody('Premier paragraphe');
    await vi.advanceTimersByTimeAsync(900);
    expect(session.getState().save).toMatchObject({ kind: 'retrying', kept: true });

    typeBody('Premier paragraphe', 'tapé pendant la panne');
    await vi.advanceTimersByTimeAsync(600);

    expect(session.getState().save).toMatchObject({ kind: 'retrying', kept: true });
    expect(await pendingEdits.read(A)).toMatchObject({
      baseRevision: 1,
      changes: { body: paragraphs('Premier paragraphe', 'tapé pendant la panne') },
    });
  });

  it('forgets the kept text once the server has it', async () => {
    const host = fakeHost(article(1));
    const { session, typeBody, pendingEdits } = await openPage(host);
    host.failNext('unavailable');
    typeBody('Bamako');
    await vi.advanceTimersByTimeAsync(900);
    expect(await pendingEdits.read(A)).not.toBeNull();

    await vi.advanceTimersByTimeAsync(1_000);

    expect(session.getState().save).toEqual({ kind: 'saved' });
    expect(host.stored(A)?.body).toEqual(paragraphs('Bamako'));
    expect(await pendingEdits.read(A)).toBeNull();
  });

  it('restores kept text into the editor after a reload and saves it', async () => {
    const stopped = fakeHost(article(1));
    const before = await openPage(stopped);
    serverStops(stopped);
    before.typeBody('Tout le texte du reporter');
    await vi.advanceTimersByTimeAsync(900);
    before.session.getState().flushForUnload();

    const restarted = fakeHost(article(1));
    const after = await openPage(restarted, before.pendingEdits);

    expect(after.session.getState().article?.body).toEqual(paragraphs('Tout le texte du reporter'));
    await vi.advanceTimersByTimeAsync(900);
    expect(restarted.stored(A)?.body).toEqual(paragraphs('Tout le texte du reporter'));
    expect(after.session.getState().save).toEqual({ kind: 'saved' });
    expect(await before.pendingEdits.read(A)).toBeNull();
  });

  it('offers to keep both when the article was changed elsewhere meanwhile', async () => {
    const stopped = fakeHost(article(1));
    const before = await openPage(stopped);
    serverStops(stopped);
    before.typeBody('Ma version');
    await vi.advanceTimersByTimeAsync(900);

    const restarted = fakeHost(article(1, { revision: 2, body: paragraphs('Leur version') }));
    const after = await openPage(restarted, before.pendingEdits);
    await vi.advanceTimersByTimeAsync(900);

    expect(after.session.getState().save).toEqual({ kind: 'conflict' });
    expect(after.session.getState().article?.body).toEqual(paragraphs('Ma version'));
    expect(restarted.stored(A)?.body).toEqual(paragraphs('Leur version'));
    await expect(after.session.getState().keepBoth(' (copie)')).resolves.toBe(true);
    expect(restarted.api.articles.create).toHaveBeenCalledWith(
      expect.objectContaining({ body: paragraphs('Ma version') }),
    );
    expect(await before.pendingEdits.read(A)).toBeNull();
  });

  it('keeps what is typed after a conflict, until the writer chooses', async () => {
    const host = fakeHost(article(1));
    const { session, typeBody, pendingEdits } = await openPage(host);
    host.editElsewhere(A, { body: paragraphs('Leur version') });
    typeBody('Ma version');
    await vi.advanceTimersByTimeAsync(900);
    expect(session.getState().save).toEqual({ kind: 'conflict' });

    typeBody('Ma version, suite');
    await vi.advanceTimersByTimeAsync(600);

    expect(await pendingEdits.read(A)).toMatchObject({
      changes: { body: paragraphs('Ma version, suite') },
    });
    await session.getState().reloadTheirs();
    expect(await pendingEdits.read(A)).toBeNull();
  });

  it('drops kept text the stored article already has, without saving again', async () => {
    const pendingEdits = createPendingEdits(memoryPendingEditsBackend());
    await pendingEdits.keep({
      id: A,
      baseRevision: 1,
      changes: { body: paragraphs('Déjà enregistré') },
      keptAt: 1,
    });
    const host = fakeHost(article(1, { revision: 2, body: paragraphs('Déjà enregistré') }));
    const { session } = await openPage(host, pendingEdits);
    await vi.advanceTimersByTimeAsync(900);

    expect(session.getState().save).toEqual({ kind: 'saved' });
    expect(host.saves).toEqual([]);
    expect(await pendingEdits.read(A)).toBeNull();
  });
});
