import { describe, expect, it, vi } from 'vitest';
import { installUnloadFlush } from './editor-unload';

function fakeSession(unsaved: boolean, flushResult = true) {
  const state = {
    hasUnsavedWork: vi.fn(() => unsaved),
    flushAll: vi.fn(() => Promise.resolve(flushResult)),
    flushForUnload: vi.fn(),
  };
  return { state, session: { getState: () => state } };
}

const fakeWindow = () =>
  Object.assign(new EventTarget(), { close: vi.fn() }) as unknown as Window & {
    close: ReturnType<typeof vi.fn>;
  };

const beforeUnload = (target: EventTarget) => {
  const event = new Event('beforeunload', { cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('closing with unsaved text', () => {
  it('in Electron cancels the close, saves, then closes the window', async () => {
    const { state, session } = fakeSession(true);
    const target = fakeWindow();
    installUnloadFlush(session, () => 'electron', target);

    expect(beforeUnload(target).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(target.close).toHaveBeenCalledTimes(1));
    expect(state.flushAll).toHaveBeenCalledTimes(1);
  });

  it('in Electron keeps the window open when the text could not be saved', async () => {
    const { state, session } = fakeSession(true, false);
    const target = fakeWindow();
    installUnloadFlush(session, () => 'electron', target);

    expect(beforeUnload(target).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(state.flushAll).toHaveBeenCalled());
    await Promise.resolve();
    expect(target.close).not.toHaveBeenCalled();
  });

  it('in the browser sends the text with keepalive and lets the page go', () => {
    const { state, session } = fakeSession(true);
    const target = fakeWindow();
    installUnloadFlush(session, () => 'web', target);

    expect(beforeUnload(target).defaultPrevented).toBe(false);
    expect(state.flushForUnload).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('pagehide'));
    expect(state.flushForUnload).toHaveBeenCalledTimes(2);
  });

  it('never stands in the way when everything is saved', () => {
    const { state, session } = fakeSession(false);
    const target = fakeWindow();
    const uninstall = installUnloadFlush(session, () => 'electron', target);
    expect(beforeUnload(target).defaultPrevented).toBe(false);
    expect(state.flushAll).not.toHaveBeenCalled();
    uninstall();
  });
});
