import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, mainWindowOptions, type WindowConstructor } from './create-main-window';

describe('mainWindowOptions', () => {
  const { webPreferences = {} } = mainWindowOptions('/app/out/preload/index.cjs');

  it('isolates and sandboxes the page with no Node access', () => {
    expect(webPreferences.contextIsolation).toBe(true);
    expect(webPreferences.sandbox).toBe(true);
    expect(webPreferences.nodeIntegration).toBe(false);
    expect(webPreferences.nodeIntegrationInWorker).toBe(false);
    expect(webPreferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and every unsafe switch off', () => {
    expect(webPreferences.webSecurity).toBe(true);
    expect(webPreferences.webviewTag).toBe(false);
    expect(webPreferences).not.toHaveProperty('allowRunningInsecureContent');
    expect(webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(webPreferences.spellcheck).toBe(false);
  });

  it('loads the single bundled CJS preload', () => {
    expect(webPreferences.preload).toBe('/app/out/preload/index.cjs');
  });

  it('matches the reviewed snapshot', () => {
    expect(webPreferences).toMatchInlineSnapshot(`
      {
        "contextIsolation": true,
        "nodeIntegration": false,
        "nodeIntegrationInSubFrames": false,
        "nodeIntegrationInWorker": false,
        "preload": "/app/out/preload/index.cjs",
        "sandbox": true,
        "spellcheck": false,
        "webSecurity": true,
        "webviewTag": false,
      }
    `);
  });
});

describe('createMainWindow', () => {
  it('builds the window from those options and loads the app page, never a file: URL', () => {
    const created: BrowserWindowConstructorOptions[] = [];
    const loadURL = vi.fn(() => Promise.resolve());
    class FakeWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        created.push(options);
      }
      once = vi.fn();
      show = vi.fn();
      loadURL = loadURL;
    }

    createMainWindow(FakeWindow as unknown as WindowConstructor, '/p/index.cjs');

    expect(created).toEqual([mainWindowOptions('/p/index.cjs')]);
    expect(loadURL).toHaveBeenCalledWith('app://copydesk/index.html');
  });

  it('shows the window once it is ready', () => {
    let ready: (() => void) | undefined;
    const show = vi.fn();
    class FakeWindow {
      once = (_event: string, listener: () => void) => {
        ready = listener;
      };
      show = show;
      loadURL = () => Promise.resolve();
    }
    const window: BrowserWindow = createMainWindow(
      FakeWindow as unknown as WindowConstructor,
      '/p',
    );
    expect(window).toBeInstanceOf(FakeWindow);
    expect(show).not.toHaveBeenCalled();
    ready!();
    expect(show).toHaveBeenCalledOnce();
  });
});
