import { describe, expect, it, vi } from 'vitest';
import { createHttpApi } from './http-api';
import type { EventStream } from './http-events';

const articleId = '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11';

/** A stand-in for the browser's EventSource that the test drives. */
function fakeStreams() {
  const opened: (EventStream & {
    url: string;
    closed: boolean;
    fire: (type: string, data?: string) => void;
  })[] = [];
  const open = vi.fn((url: string) => {
    const listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
    const stream = {
      url,
      closed: false,
      addEventListener: (type: string, listener: (event: MessageEvent<string>) => void) =>
        listeners.set(type, [...(listeners.get(type) ?? []), listener]),
      close: () => {
        stream.closed = true;
      },
      fire: (type: string, data = '') =>
        listeners.get(type)?.forEach((listener) => listener({ data } as MessageEvent<string>)),
    };
    opened.push(stream);
    return stream;
  });
  const api = createHttpApi({ token: 'secret token', fetch: vi.fn(), openEvents: open });
  return { api, open, opened };
}

describe('HTTP bridge events', () => {
  it('hands library:changed from the server stream to the subscribers', () => {
    const { api, opened } = fakeStreams();
    const listener = vi.fn();
    api.events.onLibraryChanged(listener);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.url).toBe('/api/events?token=secret%20token');
    opened[0]!.fire('library:changed', JSON.stringify({ articleIds: [articleId] }));
    expect(listener).toHaveBeenCalledWith({ articleIds: [articleId] });
  });

  it('shares one stream between subscribers and closes it after the last unsubscribes', () => {
    const { api, opened } = fakeStreams();
    const stopLibrary = api.events.onLibraryChanged(() => undefined);
    const stopExport = api.events.onExportUpdated(() => undefined);
    expect(opened).toHaveLength(1);
    stopLibrary();
    expect(opened[0]!.closed).toBe(false);
    stopExport();
    expect(opened[0]!.closed).toBe(true);
  });

  it('drops payloads the contract refuses instead of handing them on', () => {
    const { api, opened } = fakeStreams();
    const listener = vi.fn();
    api.events.onLibraryChanged(listener);
    opened[0]!.fire('library:changed', '{not json');
    opened[0]!.fire('library:changed', JSON.stringify({ articleIds: ['../../etc'] }));
    expect(listener).not.toHaveBeenCalled();
  });

  it('announces the whole library as changed when a dropped stream comes back', () => {
    const { api, opened } = fakeStreams();
    const listener = vi.fn();
    api.events.onLibraryChanged(listener);
    opened[0]!.fire('open');
    expect(listener).not.toHaveBeenCalled();
    opened[0]!.fire('error');
    opened[0]!.fire('open');
    expect(listener).toHaveBeenCalledWith({ articleIds: [] });
  });
});
