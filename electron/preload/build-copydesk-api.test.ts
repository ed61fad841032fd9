import { describe, expect, it, vi } from 'vitest';
import { eventMethodName, splitChannel } from '../../shared/ipc/api';
import { channels, events } from '../../shared/ipc/channels';
import { buildCopydeskApi } from './build-copydesk-api';

type Listener = (event: unknown, ...args: unknown[]) => void;

const fakeIpcRenderer = () => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    invoke: vi.fn((_channel: string, ..._args: unknown[]) =>
      Promise.resolve({ ok: true, value: null }),
    ),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) =>
      listeners.get(channel)?.delete(listener),
    ),
    emit(channel: string, payload: unknown) {
      const electronEvent = { sender: { send: () => undefined }, ports: [] };
      for (const listener of listeners.get(channel) ?? []) listener(electronEvent, payload);
    },
  };
};

const methodNames = (api: object) =>
  Object.entries(api)
    .filter(([domain]) => domain !== 'events')
    .flatMap(([domain, methods]) =>
      Object.keys(methods as object).map((verb) => `${domain}:${verb}`),
    );

describe('buildCopydeskApi', () => {
  it('has exactly one method per contract channel, plus the event subscriptions', () => {
    const api = buildCopydeskApi(fakeIpcRenderer());
    expect(methodNames(api).sort()).toEqual([...channels].sort());
    expect(Object.keys(api.events).sort()).toEqual(events.map(eventMethodName).sort());
    expect(Object.keys(api.events)).toContain('onMenuCommand');
  });

  it.each(channels)('invokes %s on its own channel with the request only', async (channel) => {
    const ipc = fakeIpcRenderer();
    const api = buildCopydeskApi(ipc) as unknown as Record<
      string,
      Record<string, (request: unknown) => Promise<unknown>>
    >;
    const [domain, verb] = splitChannel(channel);
    const request = { probe: channel };
    expect(await api[domain]![verb]!(request)).toEqual({ ok: true, value: null });
    expect(ipc.invoke.mock.calls).toEqual([[channel, request]]);
  });

  it('hands a subscriber exactly one argument, the payload, never the Electron event', () => {
    const ipc = fakeIpcRenderer();
    const api = buildCopydeskApi(ipc);
    const listener = vi.fn();
    api.events.onMenuCommand(listener);
    ipc.emit('menu:command', { command: 'article:new' });
    expect(listener).toHaveBeenCalledOnce();
    expect(listener.mock.calls[0]).toEqual([{ command: 'article:new' }]);
  });

  it('hands library changes and export progress from the main process to their subscribers', () => {
    const ipc = fakeIpcRenderer();
    const api = buildCopydeskApi(ipc);
    const changed = vi.fn();
    const updated = vi.fn();
    api.events.onLibraryChanged(changed);
    api.events.onExportUpdated(updated);
    const progress = { jobId: 'job-1', state: 'done', done: 1, total: 1, paths: ['/out/a.md'] };
    ipc.emit('library:changed', { articleIds: [] });
    ipc.emit('export:updated', progress);
    expect(changed.mock.calls).toEqual([[{ articleIds: [] }]]);
    expect(updated.mock.calls).toEqual([[progress]]);
  });

  it('stops calling a subscriber after it unsubscribes', () => {
    const ipc = fakeIpcRenderer();
    const api = buildCopydeskApi(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribe = api.events.onMenuCommand(first);
    api.events.onMenuCommand(second);

    unsubscribe();
    ipc.emit('menu:command', { command: 'view:focusSearch' });

    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    expect(ipc.listeners.get('menu:command')?.size).toBe(1);
  });

  it('is frozen, so the page cannot swap a method', () => {
    const api = buildCopydeskApi(fakeIpcRenderer());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.articles)).toBe(true);
    expect(Object.isFrozen(api.events)).toBe(true);
  });
});
