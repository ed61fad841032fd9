import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportProgress, ExportStartResult } from '../../shared/model/export-job';
import type { ExportApi, ExportSources, ExportUpdate } from './export-store';
import { createExportStore } from './export-store';
import { initialLibraryQuery } from '../library/library-query';

const idFor = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });

const sources = (overrides: Partial<ExportSources> = {}): ExportSources => ({
  checked: [
    { id: idFor(1), embargo: null },
    { id: idFor(2), embargo: null },
  ],
  article: { id: idFor(1), embargo: null },
  query: initialLibraryQuery,
  listTotal: 0,
  scope: 'checked',
  ...overrides,
});

/** An export host whose progress answers are queued by the test. */
function fakeHost() {
  const answers: ExportProgress[] = [];
  const start = vi.fn((_request: unknown) =>
    ok<ExportStartResult | null>({ jobId: 'job-1', folderPath: '/out' }),
  );
  const progress = vi.fn(() => ok(answers.shift() ?? answers.at(-1)!));
  const cancel = vi.fn(() => ok({ cancelled: true }));
  const showFolder = vi.fn(() => ok({ shown: true }));
  const list = vi.fn();
  const api = {
    export: { start, progress, cancel, showFolder },
    articles: { list },
  } as unknown as ExportApi;
  const running = (done: number, total: number, paths: string[] = []): ExportProgress => ({
    state: 'running',
    done,
    total,
    paths,
  });
  return { api, answers, start, progress, cancel, showFolder, list, running };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('export store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the articles a finished batch left out, with their reasons', async () => {
    const host = fakeHost();
    const store = createExportStore({ api: host.api });
    const failures = [{ headline: 'Marché de Thiès', message: 'Invalid collection of marks' }];
    host.answers.push({ state: 'done', done: 2, total: 2, paths: ['/out/a.md'], failures });
    store.getState().openDialog(sources());
    await store.getState().start();
    await vi.advanceTimersByTimeAsync(250);
    expect(store.getState()).toMatchObject({ phase: 'done', paths: ['/out/a.md'], failures });
    store.getState().openDialog(sources());
    expect(store.getState().failures).toEqual([]);
  });

  it('exports the ticked articles and follows the job every 250 ms until it is done', async () => {
    const host = fakeHost();
    const flush = vi.fn(() => Promise.resolve(true));
    const store = createExportStore({ api: host.api, flush });
    host.answers.push(host.running(0, 2), host.running(1, 2, ['/out/a.md']), {
      state: 'done',
      done: 2,
      total: 2,
      paths: ['/out/a.md', '/out/b.md'],
    });
    store.getState().openDialog(sources());
    store.getState().setOptions({ format: 'md' });
    await store.getState().start();

    expect(flush).toHaveBeenCalled();
    expect(host.start).toHaveBeenCalledWith(
      expect.objectContaining({
        ids: [idFor(1), idFor(2)],
        format: 'md',
        ignoreEmbargo: false,
        nofollow: false,
      }),
    );
    expect(store.getState()).toMatchObject({ phase: 'running', done: 0, total: 2 });
    await vi.advanceTimersByTimeAsync(250);
    expect(store.getState()).toMatchObject({ done: 1, paths: ['/out/a.md'] });
    await vi.advanceTimersByTimeAsync(250);
    expect(store.getState()).toMatchObject({
      phase: 'done',
      done: 2,
      paths: ['/out/a.md', '/out/b.md'],
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.progress).toHaveBeenCalledTimes(3);
  });

  it('asks for rel="nofollow" when the setting of the user does', async () => {
    const host = fakeHost();
    const store = createExportStore({ api: host.api, nofollow: () => true });
    host.answers.push({ state: 'done', done: 2, total: 2, paths: [] });
    store.getState().openDialog(sources());
    await store.getState().start();
    expect(host.start).toHaveBeenCalledWith(expect.objectContaining({ nofollow: true }));
  });

  it('cancels the running job and shows that it was cancelled', async () => {
    const host = fakeHost();
    const store = createExportStore({ api: host.api });
    host.answers.push(host.running(1, 40));
    store.getState().openDialog(sources());
    await store.getState().start();
    await store.getState().cancel();
    expect(host.cancel).toHaveBeenCalledWith({ jobId: 'job-1' });
    host.answers.splice(0, host.answers.length, {
      state: 'cancelled',
      done: 3,
      total: 40,
      paths: [],
    });
    await vi.advanceTimersByTimeAsync(250);
    expect(store.getState()).toMatchObject({ phase: 'cancelled', done: 3 });
  });

  it('asks before exporting articles under embargo, then exports them on confirmation', async () => {
    const host = fakeHost();
    const forbidden = { code: 'forbidden' as const, message: '1 article is under embargo.' };
    host.start.mockReturnValueOnce(Promise.resolve({ ok: false, error: forbidden }) as never);
    host.answers.push({ state: 'done', done: 2, total: 2, paths: ['/out/a.md', '/out/b.md'] });
    const store = createExportStore({
      api: host.api,
      now: () => new Date('2025-03-12T10:00:00Z'),
    });
    store.getState().openDialog(
      sources({
        checked: [
          { id: idFor(1), embargo: '2025-03-13T06:00:00.000Z' },
          { id: idFor(2), embargo: '2025-03-01T06:00:00.000Z' },
        ],
      }),
    );
    await store.getState().start();
    expect(store.getState()).toMatchObject({
      phase: 'confirmEmbargo',
      embargo: { count: 1, until: '2025-03-13T06:00:00.000Z' },
    });

    await store.getState().confirmEmbargo();
    expect(host.start).toHaveBeenLastCalledWith(expect.objectContaining({ ignoreEmbargo: true }));
    expect(store.getState()).toMatchObject({ phase: 'done', paths: ['/out/a.md', '/out/b.md'] });
  });

  it('exports the whole current list, fetched page by page without bodies', async () => {
    const host = fakeHost();
    host.list.mockImplementation((query: { offset: number; limit: number }) => {
      const count = Math.max(0, Math.min(query.limit, 130 - query.offset));
      const items = Array.from({ length: count }, (_, i) => ({
        id: idFor(query.offset + i),
        embargo: null,
      }));
      return ok({ items, total: 130, offset: query.offset });
    });
    host.answers.push({ state: 'done', done: 130, total: 130, paths: [] });
    const store = createExportStore({ api: host.api });
    store
      .getState()
      .openDialog(
        sources({ scope: 'list', query: { ...initialLibraryQuery, statuses: ['approved'] } }),
      );
    await store.getState().start();
    expect(host.list).toHaveBeenCalledTimes(3);
    expect(host.list.mock.calls[0]![0]).toMatchObject({ statuses: ['approved'], offset: 0 });
    const request = host.start.mock.calls[0]![0] as { ids: string[] };
    expect(request.ids).toHaveLength(130);
    expect(new Set(request.ids).size).toBe(130);
  });

  it('reports a failed job with its error, and stops asking', async () => {
    const host = fakeHost();
    const error = { code: 'disk_full' as const, message: 'The disk is full.' };
    host.answers.push({ state: 'failed', done: 1, total: 2, paths: ['/out/a.md'], error });
    const store = createExportStore({ api: host.api });
    store.getState().openDialog(sources());
    await store.getState().start();
    await settle();
    expect(store.getState()).toMatchObject({ phase: 'failed', error });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.progress).toHaveBeenCalledTimes(1);
  });

  it('asks what to do with files already in the folder, then sends the answer with the folder', async () => {
    const host = fakeHost();
    host.start.mockReturnValueOnce(
      ok({ folder: 'handle-1', folderPath: '/out', existingFiles: ['a.md', 'b.md'] }),
    );
    host.answers.push({
      state: 'done',
      done: 2,
      total: 2,
      paths: ['/out/a (2).md', '/out/b (2).md'],
    });
    const store = createExportStore({ api: host.api });
    store.getState().openDialog(sources());
    await store.getState().start();
    expect(host.start).toHaveBeenLastCalledWith(
      expect.not.objectContaining({ existing: expect.anything() as unknown }),
    );
    expect(store.getState()).toMatchObject({
      phase: 'confirmExisting',
      existing: { folderPath: '/out', files: ['a.md', 'b.md'] },
    });
    expect(host.progress).not.toHaveBeenCalled();

    await store.getState().settleExisting('keep-both');
    expect(host.start).toHaveBeenLastCalledWith(
      expect.objectContaining({ existing: 'keep-both', folder: 'handle-1', ignoreEmbargo: false }),
    );
    expect(store.getState()).toMatchObject({ phase: 'done', folderPath: '/out', existing: null });

    await store.getState().showFolder();
    expect(host.showFolder).toHaveBeenCalledWith({ jobId: 'job-1' });
  });

  it('goes back to the choices, writing nothing, when the user cancels the question', async () => {
    const host = fakeHost();
    host.start.mockReturnValueOnce(
      ok({ folder: 'handle-1', folderPath: '/out', existingFiles: ['a.md'] }),
    );
    const store = createExportStore({ api: host.api });
    store.getState().openDialog(sources());
    await store.getState().start();
    await store.getState().settleExisting(null);
    expect(store.getState()).toMatchObject({ phase: 'choosing', existing: null });
    expect(host.start).toHaveBeenCalledTimes(1);
  });

  it('goes back to the choices when the host folder dialog is cancelled', async () => {
    const host = fakeHost();
    host.start.mockReturnValueOnce(ok(null));
    const store = createExportStore({ api: host.api });
    store.getState().openDialog(sources());
    await store.getState().start();
    expect(store.getState().phase).toBe('choosing');
    expect(host.progress).not.toHaveBeenCalled();
  });

  it('cancels a running job when the dialog is closed', async () => {
    const host = fakeHost();
    host.answers.push(host.running(0, 5));
    const store = createExportStore({ api: host.api });
    store.getState().openDialog(sources());
    await store.getState().start();
    store.getState().close();
    expect(host.cancel).toHaveBeenCalledWith({ jobId: 'job-1' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.progress).toHaveBeenCalledTimes(1);
    expect(store.getState().open).toBe(false);
  });

  describe('with pushed progress', () => {
    /** A host that pushes `export:updated` events to whoever follows them. */
    const pushingHost = () => {
      const host = fakeHost();
      const listeners = new Set<(update: ExportUpdate) => void>();
      const followUpdates = vi.fn((listener: (update: ExportUpdate) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      });
      const push = (update: ExportUpdate) => listeners.forEach((listener) => listener(update));
      return { ...host, followUpdates, push, listeners };
    };

    it('follows the pushed progress to the end without asking the host', async () => {
      const host = pushingHost();
      const store = createExportStore({ api: host.api, followUpdates: host.followUpdates });
      store.getState().openDialog(sources());
      await store.getState().start();
      expect(store.getState()).toMatchObject({ phase: 'running', done: 0, total: 2 });
      host.push({ jobId: 'job-1', ...host.running(1, 2, ['/out/a.md']) });
      expect(store.getState()).toMatchObject({ phase: 'running', done: 1 });
      host.push({ jobId: 'other-job', state: 'failed', done: 0, total: 9, paths: [] });
      host.push({
        jobId: 'job-1',
        state: 'done',
        done: 2,
        total: 2,
        paths: ['/out/a.md', '/out/b.md'],
      });
      expect(store.getState()).toMatchObject({
        phase: 'done',
        done: 2,
        paths: ['/out/a.md', '/out/b.md'],
      });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(host.progress).not.toHaveBeenCalled();
      expect(host.listeners.size).toBe(0);
    });

    it('keeps progress pushed before the host said which job was ours', async () => {
      const host = pushingHost();
      host.start.mockImplementationOnce(() => {
        host.push({ jobId: 'job-1', state: 'done', done: 2, total: 2, paths: ['/out/a.md'] });
        return ok({ jobId: 'job-1', folderPath: '/out' });
      });
      const store = createExportStore({ api: host.api, followUpdates: host.followUpdates });
      store.getState().openDialog(sources());
      await store.getState().start();
      expect(store.getState()).toMatchObject({ phase: 'done', paths: ['/out/a.md'] });
    });

    it('checks every 5 s in case a push was lost, instead of every 250 ms', async () => {
      const host = pushingHost();
      host.answers.push({ state: 'done', done: 2, total: 2, paths: ['/out/a.md', '/out/b.md'] });
      const store = createExportStore({ api: host.api, followUpdates: host.followUpdates });
      store.getState().openDialog(sources());
      await store.getState().start();
      await vi.advanceTimersByTimeAsync(4_000);
      expect(host.progress).not.toHaveBeenCalled();
      expect(store.getState().phase).toBe('running');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(store.getState()).toMatchObject({ phase: 'done', paths: ['/out/a.md', '/out/b.md'] });
      expect(host.listeners.size).toBe(0);
    });

    it('stops following when the dialog closes', async () => {
      const host = pushingHost();
      const store = createExportStore({ api: host.api, followUpdates: host.followUpdates });
      store.getState().openDialog(sources());
      await store.getState().start();
      store.getState().close();
      expect(host.listeners.size).toBe(0);
    });
  });
});
