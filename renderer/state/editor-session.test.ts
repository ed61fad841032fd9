import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { createEditorSessionStore } from './editor-session';
import { article, fakeHost, idFor, paragraphs } from './testing/editor-fakes';

const A = idFor(1);
const B = idFor(2);

async function setup() {
  const host = fakeHost(article(1), article(2));
  const session = createEditorSessionStore({ api: host.api, library: () => host.library });
  let body: TiptapDocument = paragraphs('Texte 1');
  const readBody = vi.fn(() => body);
  await session.getState().open(A);
  session.getState().attachBody(readBody);
  const typeBody = (...texts: string[]) => {
    body = paragraphs(...texts);
    session.getState().bodyChanged();
  };
  return { host, session, readBody, typeBody };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('editor session autosave', () => {
  it('coalesces a burst of typing into one save of the last text, serialising the body once', async () => {
    const { host, session, readBody, typeBody } = await setup();

    session.getState().setHeadline('Mali');
    typeBody('Bamako');
    session.getState().setHeadline('Mali–Maroc');
    typeBody('Bamako, 12 mars');
    expect(session.getState().save.kind).toBe('saving');
    expect(readBody).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(900);

    expect(host.saves).toHaveLength(1);
    expect(host.saves[0]!.request).toEqual({
      id: A,
      baseRevision: 1,
      changes: { headline: 'Mali–Maroc', body: paragraphs('Bamako, 12 mars') },
    });
    expect(readBody).toHaveBeenCalledTimes(1);
    expect(session.getState().save).toEqual({ kind: 'saved' });
    expect(host.stored(A)?.headline).toBe('Mali–Maroc');
    expect(host.library.articleSaved).toHaveBeenCalledWith(
      expect.objectContaining({ id: A, headline: 'Mali–Maroc', revision: 2 }),
    );
  });

  it('sends only the fields that changed', async () => {
    const { host, session } = await setup();
    session.getState().setHeadline('Seul le titre');
    await vi.advanceTimersByTimeAsync(900);
    expect(host.saves[0]!.request.changes).toEqual({ headline: 'Seul le titre' });
  });

  it('holds changes made while a save is in flight and sends them together in the next save', async () => {
    const { host, session, typeBody } = await setup();
    host.hold();
    typeBody('un');
    await vi.advanceTimersByTimeAsync(900);
    expect(host.saves).toHaveLength(1);

    typeBody('un deux');
    session.getState().setHeadline('Titre');
    typeBody('un deux trois');
    await vi.advanceTimersByTimeAsync(900);
    expect(host.saves).toHaveLength(1);

    host.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.saves).toHaveLength(2);
    expect(host.saves[1]!.request).toEqual({
      id: A,
      baseRevision: 2,
      changes: { headline: 'Titre', body: paragraphs('un deux trois') },
    });
    expect(host.stored(A)?.revision).toBe(3);
  });

  it('keeps the headline typed while a save is in flight when that save lands', async () => {
    const { host, session } = await setup();
    host.hold();
    session.getState().setHeadline('Sénégal ');
    await vi.advanceTimersByTimeAsync(900);
    session.getState().setHeadline('Sénégal :');
    host.release();
    await vi.advanceTimersByTimeAsync(0);

    expect(session.getState().article?.headline).toBe('Sénégal :');
    await vi.advanceTimersByTimeAsync(900);
    expect(host.stored(A)?.headline).toBe('Sénégal :');
  });

  it('keeps saving during continuous typing, so little text is ever at risk', async () => {
    const { host, typeBody } = await setup();
    for (let index = 0; index < 30; index += 1) {
      typeBody(`mot ${index}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(host.saves.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the text after a failed save, says why, and saves it when the disk recovers', async () => {
    const { host, session, typeBody } = await setup();
    host.failNext('disk_full', 'disk_full');
    typeBody('Le texte du reporter');
    await vi.advanceTimersByTimeAsync(900);

    expect(session.getState().save).toEqual({
      kind: 'retrying',
      error: { code: 'disk_full', message: 'refused: disk_full' },
    });
    typeBody('Le texte du reporter, suite');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(session.getState().save.kind).toBe('retrying');

    await vi.advanceTimersByTimeAsync(2_000);
    expect(session.getState().save).toEqual({ kind: 'saved' });
    expect(host.stored(A)?.body).toEqual(paragraphs('Le texte du reporter, suite'));
    expect(host.saves.every((save) => save.request.baseRevision === 1)).toBe(true);
  });

  it('saves at once on Ctrl+S (saveNow), even while waiting to retry', async () => {
    const { host, session } = await setup();
    host.failNext('io');
    session.getState().setHeadline('Urgent');
    await vi.advanceTimersByTimeAsync(900);
    expect(session.getState().save.kind).toBe('retrying');

    await expect(session.getState().saveNow()).resolves.toBe(true);
    expect(host.stored(A)?.headline).toBe('Urgent');
  });

  it('flushes the pending save of the article it leaves when switching', async () => {
    const { host, session, typeBody } = await setup();
    session.getState().setHeadline('Avant de partir');
    typeBody('dernier mot');

    await session.getState().open(B);

    expect(session.getState().articleId).toBe(B);
    expect(host.saves).toHaveLength(1);
    expect(host.saves[0]!.request).toMatchObject({
      id: A,
      changes: { headline: 'Avant de partir', body: paragraphs('dernier mot') },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(host.stored(A)?.headline).toBe('Avant de partir');
  });

  it('shows my unsaved text again when I come back to an article whose save is still failing', async () => {
    const { host, session, typeBody } = await setup();
    host.failNext('read_only', 'read_only', 'read_only');
    session.getState().setHeadline('Pas encore sur le disque');
    typeBody('mon texte');
    await session.getState().open(B);
    await vi.advanceTimersByTimeAsync(0);

    await session.getState().open(A);
    expect(session.getState().article).toMatchObject({
      headline: 'Pas encore sur le disque',
      body: paragraphs('mon texte'),
    });

    await vi.advanceTimersByTimeAsync(10_000);
    expect(host.stored(A)).toMatchObject({
      headline: 'Pas encore sur le disque',
      body: paragraphs('mon texte'),
    });
  });

  it('sends unsaved text with the keepalive transport when the page goes away', async () => {
    const { host, session, typeBody } = await setup();
    typeBody('écrit juste avant de fermer');
    session.getState().flushForUnload();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.saves).toEqual([
      {
        request: {
          id: A,
          baseRevision: 1,
          changes: { body: paragraphs('écrit juste avant de fermer') },
        },
        transport: 'keepalive',
      },
    ]);
    expect(session.getState().hasUnsavedWork()).toBe(false);
  });

  it('sends text typed during an in-flight save with keepalive too when the page goes away', async () => {
    const { host, session, typeBody } = await setup();
    host.hold();
    typeBody('premier jet');
    await vi.advanceTimersByTimeAsync(900);
    typeBody('premier jet, et la fin');
    session.getState().flushForUnload();
    host.release();
    await vi.advanceTimersByTimeAsync(0);

    expect(host.saves.map((save) => save.transport)).toEqual(['normal', 'keepalive']);
    expect(host.stored(A)?.body).toEqual(paragraphs('premier jet, et la fin'));
    expect(session.getState().save).toEqual({ kind: 'saved' });
  });

  it('restores a version after saving pending text, and shows the restored text', async () => {
    const { host, session } = await setup();
    const generation = session.getState().generation;
    session.getState().setHeadline('Mon dernier titre');
    await expect(session.getState().restoreRevision(1)).resolves.toBe(true);

    expect(host.api.revisions.restore).toHaveBeenCalledWith({
      id: A,
      revisionId: 1,
      baseRevision: 2,
    });
    expect(session.getState().article).toMatchObject({
      headline: 'Version du reporter',
      revision: 3,
    });
    expect(session.getState().generation).toBeGreaterThan(generation);
    expect(session.getState().busy).toBe(false);
  });

  it('changes the status after saving pending text, so the status change is not a conflict', async () => {
    const { host, session } = await setup();
    session.getState().setHeadline('Prêt');
    await expect(session.getState().setStatus('submitted', 'Pour relecture')).resolves.toBe(true);
    expect(host.stored(A)).toMatchObject({ headline: 'Prêt', status: 'submitted', revision: 3 });
    expect(session.getState().article?.status).toBe('submitted');
    expect(host.library.articleSaved).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: A, status: 'submitted', revision: 3 }),
    );
  });
});

describe('editor session conflicts', () => {
  async function conflicted() {
    const context = await setup();
    context.host.editElsewhere(A, { headline: 'Leur titre', body: paragraphs('leur texte') });
    context.session.getState().setHeadline('Mon titre');
    context.typeBody('mon texte');
    await vi.advanceTimersByTimeAsync(900);
    return context;
  }

  it('stops autosaving the article and keeps my text', async () => {
    const { host, session, typeBody } = await conflicted();
    expect(session.getState().save).toEqual({ kind: 'conflict' });
    const attempts = host.saves.length;

    typeBody('mon texte, encore');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(host.saves).toHaveLength(attempts);
    expect(host.stored(A)?.headline).toBe('Leur titre');
    expect(session.getState().article?.headline).toBe('Mon titre');
  });

  it('keeps both: my text is saved as a copy, which is then opened', async () => {
    const { host, session, typeBody } = await conflicted();
    typeBody('mon texte, encore');

    await expect(session.getState().keepBoth(' (copie)')).resolves.toBe(true);

    const copyId = session.getState().articleId!;
    expect(copyId).not.toBe(A);
    expect(host.stored(copyId)).toMatchObject({
      headline: 'Mon titre (copie)',
      body: paragraphs('mon texte, encore'),
    });
    expect(host.stored(A)).toMatchObject({
      headline: 'Leur titre',
      body: paragraphs('leur texte'),
    });
    expect(host.library.select).toHaveBeenCalledWith(copyId);
    expect(session.getState().save).toEqual({ kind: 'saved' });
  });

  it('reloads theirs only when asked, then autosaves again on top of their revision', async () => {
    const { host, session } = await conflicted();
    await expect(session.getState().reloadTheirs()).resolves.toBe(true);
    expect(session.getState().article).toMatchObject({ headline: 'Leur titre', revision: 2 });

    session.getState().setHeadline('Leur titre, corrigé');
    await vi.advanceTimersByTimeAsync(900);
    expect(host.stored(A)).toMatchObject({ headline: 'Leur titre, corrigé', revision: 3 });
  });
});
