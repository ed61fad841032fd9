import { describe, expect, it, vi } from 'vitest';
import { runAppLifecycle, type FocusableWindow, type LifecycleDeps } from './app-lifecycle';

const setup = (options: { lock: boolean; window?: FocusableWindow | null }) => {
  const listeners = new Map<string, () => void>();
  const app = {
    requestSingleInstanceLock: vi.fn(() => options.lock),
    quit: vi.fn(),
    on: vi.fn((name: string, listener: () => void) => listeners.set(name, listener)),
    whenReady: vi.fn(() => Promise.resolve()),
    enableSandbox: vi.fn(),
  };
  const deps = {
    app: app as unknown as LifecycleDeps['app'],
    beforeReady: vi.fn(),
    start: vi.fn(),
    window: () => options.window ?? null,
    shutdown: vi.fn(),
    fail: vi.fn(),
  };
  return { app, deps, listeners, emit: (name: string) => listeners.get(name)!() };
};

const fakeWindow = (minimized: boolean) => ({
  isMinimized: () => minimized,
  restore: vi.fn(),
  show: vi.fn(),
  focus: vi.fn(),
});

describe('runAppLifecycle', () => {
  it('quits before doing anything when another instance holds the lock', async () => {
    const { app, deps } = setup({ lock: false });
    expect(runAppLifecycle(deps)).toBe(false);
    await Promise.resolve();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
    expect(deps.beforeReady).not.toHaveBeenCalled();
    expect(deps.start).not.toHaveBeenCalled();
  });

  it('takes the lock first, then sandboxes and starts once ready', async () => {
    const { app, deps } = setup({ lock: true });
    expect(runAppLifecycle(deps)).toBe(true);
    expect(app.requestSingleInstanceLock.mock.invocationCallOrder[0]).toBeLessThan(
      app.enableSandbox.mock.invocationCallOrder[0]!,
    );
    expect(deps.beforeReady).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(deps.start).toHaveBeenCalledOnce());
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('brings a minimised window back on a second launch and starts nothing again', async () => {
    const window = fakeWindow(true);
    const { deps, emit } = setup({ lock: true, window });
    runAppLifecycle(deps);
    await vi.waitFor(() => expect(deps.start).toHaveBeenCalledOnce());

    emit('second-instance');
    emit('second-instance');

    expect(window.restore).toHaveBeenCalledTimes(2);
    expect(window.focus).toHaveBeenCalledTimes(2);
    expect(deps.start).toHaveBeenCalledOnce();
  });

  it('focuses a window that is not minimised without restoring it', () => {
    const window = fakeWindow(false);
    const { deps, emit } = setup({ lock: true, window });
    runAppLifecycle(deps);
    emit('second-instance');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('closes the library when the app quits', () => {
    const { deps, emit } = setup({ lock: true });
    runAppLifecycle(deps);
    emit('will-quit');
    expect(deps.shutdown).toHaveBeenCalledOnce();
  });

  it('reports a failed start', async () => {
    const { deps } = setup({ lock: true });
    deps.start.mockImplementation(() => {
      throw new Error('no disk');
    });
    runAppLifecycle(deps);
    await vi.waitFor(() => expect(deps.fail).toHaveBeenCalledWith(new Error('no disk')));
  });
});
