import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { runAppLifecycle } from './app-lifecycle';
import { appSchemePrivileges } from './app-protocol';
import { startMain, type RunningApp } from './start-main';

let running: RunningApp | null = null;

runAppLifecycle({
  app,
  beforeReady: () => protocol.registerSchemesAsPrivileged([appSchemePrivileges]),
  start: () => {
    running = startMain(
      {
        app,
        BrowserWindow,
        dialog,
        ipcMain,
        Menu,
        protocol,
        session: session.defaultSession,
        shell,
        safeStorage,
      },
      {
        renderer: join(import.meta.dirname, '../renderer'),
        preload: join(import.meta.dirname, '../preload/index.cjs'),
      },
    );
  },
  window: () => running?.window() ?? null,
  shutdown: () => running?.shutdown(),
  fail: (error) => {
    dialog.showErrorBox(
      'Copydesk could not start',
      error instanceof Error ? error.message : String(error),
    );
    app.quit();
  },
});
