import { describe, expect, it, vi } from 'vitest';
import type { HostContext } from './host-context';
import { createShareHandlers } from './share-handlers';

describe('share handlers', () => {
  it('hands the options to the host that can share', async () => {
    const shareLibrary = vi.fn(() => Promise.resolve({ url: 'ws://127.0.0.1:4455' }));
    const handlers = createShareHandlers({ shareLibrary } as unknown as HostContext);
    expect(await handlers['newsroom:share']({ host: '127.0.0.1', port: 4455 })).toEqual({
      url: 'ws://127.0.0.1:4455',
    });
    expect(shareLibrary).toHaveBeenCalledWith({ host: '127.0.0.1', port: 4455 });
  });

  it('points browser mode to copydesk serve', () => {
    const handlers = createShareHandlers({} as HostContext);
    expect(() => handlers['newsroom:share']({ host: '127.0.0.1', port: 4455 })).toThrow(
      /copydesk serve/,
    );
  });
});
