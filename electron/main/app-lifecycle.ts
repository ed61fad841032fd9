import type { App } from 'electron';

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export interface LifecycleDeps {
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady' | 'enableSandbox'>;
  /** Work that must happen before `ready`, such as registering the app scheme. */
  beforeReady(): void;
  /** Builds the services, opens the library and the window; runs once, after `ready`. */
  start(): Promise<void> | void;
  window(): FocusableWindow | null;
  /** Runs on `will-quit`: closes the library. */
  shutdown(): void;
  fail(error: unknown): void;
}

export function focusWindow(window: FocusableWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Single instance first: without the lock this process quits before touching any file. A second
 * launch only brings the existing window forward; it never opens the library again.
 */
export function runAppLifecycle(deps: LifecycleDeps): boolean {
  const { app } = deps;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusWindow(deps.window()));
  app.enableSandbox();
  deps.beforeReady();
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => deps.shutdown());
  app
    .whenReady()
    .then(() => deps.start())
    .catch((error: unknown) => deps.fail(error));
  return true;
}
