import { describe, expect, it, vi } from 'vitest';
import { createHostEvents } from '../host/events/host-events';
import { registerIpcEvents } from './register-ipc-events';

const articleId = '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11';

describe('registerIpcEvents', () => {
  it('sends each host event to the window under its name', () => {
    const events = createHostEvents();
    const contents = { send: vi.fn(), isDestroyed: () => false };
    registerIpcEvents(events, () => contents);
    events.emit({ name: 'library:changed', payload: { articleIds: [articleId] } });
    expect(contents.send).toHaveBeenCalledWith('library:changed', { articleIds: [articleId] });
  });

  it('sends nothing once the window is gone or destroyed', () => {
    const events = createHostEvents();
    const destroyed = { send: vi.fn(), isDestroyed: () => true };
    let window: typeof destroyed | null = destroyed;
    registerIpcEvents(events, () => window);
    events.emit({ name: 'library:changed', payload: { articleIds: [] } });
    window = null;
    events.emit({ name: 'library:changed', payload: { articleIds: [] } });
    expect(destroyed.send).not.toHaveBeenCalled();
  });
});
