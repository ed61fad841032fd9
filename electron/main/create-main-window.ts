import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { appEntryUrl } from './app-origin';

/** The one set of window options; the security settings are spelled out so a test can pin them. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Copydesk',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** The only place a BrowserWindow is made: our options, our page, shown once painted. */
export function createMainWindow(Window: WindowConstructor, preloadPath: string): BrowserWindow {
  const window = new Window(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(appEntryUrl)
    .catch((error: unknown) => console.error('Copydesk could not load its page:', error));
  return window;
}
