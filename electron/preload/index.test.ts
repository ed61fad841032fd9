import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc/channels';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(() => Promise.resolve({ ok: true, value: 'v' })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

beforeEach(() => {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
});

describe('the preload', () => {
  it('exposes only window.copydesk, with no raw Electron object in it', async () => {
    await import('./index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
      string,
      Record<string, object>,
    ];
    expect(name).toBe('copydesk');
    const values: unknown[] = Object.values(api).flatMap(
      (group) => Object.values(group) as unknown[],
    );
    expect(values.every((value) => typeof value === 'function')).toBe(true);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    expect(Object.keys(api).filter((key) => key !== 'events').length).toBe(
      new Set(channels.map((channel) => channel.split(':')[0])).size,
    );
  });

  it('sends calls through ipcRenderer.invoke', async () => {
    await import('./index');
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as {
      articles: { get(request: unknown): Promise<unknown> };
    };
    expect(await api.articles.get({ id: 'x' })).toEqual({ ok: true, value: 'v' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('articles:get', { id: 'x' });
  });
});
