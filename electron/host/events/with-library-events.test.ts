import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/channels';
import { dispatch, type HandlerTable } from '../dispatch';
import { createHostEvents, type HostEvent } from './host-events';
import { withLibraryEvents } from './with-library-events';

const articleId = '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11';
const otherId = '00000000-0000-4000-8000-000000000002';

const setup = (answers: Partial<Record<string, unknown>> = {}) => {
  const base = Object.fromEntries(
    channels.map((channel) => [channel, vi.fn(() => answers[channel] ?? null)]),
  ) as unknown as HandlerTable;
  const events = createHostEvents();
  const heard: HostEvent[] = [];
  events.subscribe((event) => heard.push(event));
  const handlers = withLibraryEvents(base, events);
  const call = (channel: string, payload: unknown) => dispatch(handlers, channel, payload);
  return { base, heard, call };
};

describe('withLibraryEvents', () => {
  it('announces a saved article once the save succeeded', async () => {
    const { call, heard } = setup({ 'articles:save': { id: articleId, revision: 3 } });
    const result = await call('articles:save', {
      id: articleId,
      baseRevision: 2,
      changes: { headline: 'Hausse du prix du pain à Dakar' },
    });
    expect(result).toMatchObject({ ok: true, value: { id: articleId, revision: 3 } });
    expect(heard).toEqual([{ name: 'library:changed', payload: { articleIds: [articleId] } }]);
  });

  it('announces a created article by the id the library gave it', async () => {
    const { call, heard } = setup({ 'articles:create': { id: otherId } });
    await call('articles:create', { headline: 'Municipales : le second tour' });
    expect(heard).toEqual([{ name: 'library:changed', payload: { articleIds: [otherId] } }]);
  });

  it('announces nothing for reads', async () => {
    const { call, heard } = setup({ 'articles:list': { items: [], total: 0, offset: 0 } });
    await call('articles:list', {});
    await call('articles:get', { id: articleId });
    await call('revisions:list', { id: articleId });
    await call('library:stats', {});
    expect(heard).toEqual([]);
  });

  it('announces nothing when the write failed', async () => {
    const { base, call, heard } = setup();
    vi.mocked(base['articles:trash']).mockImplementation(() => {
      throw new Error('disk full');
    });
    expect((await call('articles:trash', { id: articleId })).ok).toBe(false);
    expect(heard).toEqual([]);
  });

  it('announces nothing when the user cancelled the dialog of an import', async () => {
    const { call, heard } = setup({ 'import:choose': null });
    await call('import:choose', {});
    expect(heard).toEqual([]);
  });

  it('announces every imported article, packages included, in one event', async () => {
    const { call, heard } = setup({
      'import:files': {
        created: [{ id: articleId, headline: 'A' }],
        failed: [{ name: 'broken.docx', message: 'Not a Word file' }],
        packages: [{ id: otherId, headline: 'B', outcome: 'added', restoredFromTrash: false }],
      },
    });
    await call('import:files', { files: [{ name: 'a.md', dataBase64: '' }] });
    expect(heard).toEqual([
      { name: 'library:changed', payload: { articleIds: [articleId, otherId] } },
    ]);
  });

  it('announces the whole library when another library was opened', async () => {
    const { call, heard } = setup({ 'library:open': { path: '/desk' } });
    await call('library:open', {});
    expect(heard).toEqual([{ name: 'library:changed', payload: { articleIds: [] } }]);
  });
});

describe('createHostEvents', () => {
  it('keeps telling the other listeners when one of them throws, and stops after unsubscribe', () => {
    const report = vi.fn();
    const events = createHostEvents(report);
    const later = vi.fn();
    events.subscribe(() => {
      throw new Error('window closed');
    });
    const unsubscribe = events.subscribe(later);
    events.emit({ name: 'library:changed', payload: { articleIds: [] } });
    unsubscribe();
    events.emit({ name: 'library:changed', payload: { articleIds: [] } });
    expect(later).toHaveBeenCalledOnce();
    expect(report).toHaveBeenCalledTimes(2);
  });
});
