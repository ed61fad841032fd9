import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { channels } from '../../shared/ipc/channels';
import { createConfSettings } from '../node/settings/conf-settings';
import { startMain, type ElectronParts } from './start-main';

const opened = vi.hoisted(() => [] as { folder: string; create: boolean; close: () => void }[]);
vi.mock('../node/library/open-library', () => ({
  openLibrary: (folder: string, options: { create: boolean }) => {
    const library = {
      path: folder,
      close: vi.fn(),
      info: () => ({ readOnly: false }),
      onDocumentUpdate: () => () => undefined,
      onArticlesDerived: () => () => undefined,
      outbox: { onJobChanged: () => () => undefined },
      replica: { link: () => null },
    };
    opened.push({ folder, create: options.create, close: library.close });
    return library;
  },
}));
vi.mock('./electron-settings', () => ({
  createElectronSettings: (options: { userData: string; locale: string }) =>
    createConfSettings({ cwd: options.userData, locale: options.locale }),
}));

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'copydesk-main-'));
  opened.length = 0;
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

type Invoke = (event: unknown, payload: unknown) => Promise<unknown>;

const setup = () => {
  const ipc = new Map<string, Invoke>();
  const menus: MenuItemConstructorOptions[][] = [];
  const windows: { options: unknown; send: ReturnType<typeof vi.fn> }[] = [];
  const mainFrame = { parent: null, url: 'app://copydesk/index.html' };
  class FakeWindow {
    static getFocusedWindow = () => null;
    webContents = { send: vi.fn(), mainFrame, isDestroyed: () => false };
    constructor(options: unknown) {
      windows.push({ options, send: this.webContents.send });
    }
    on = vi.fn();
    once = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
  }
  const parts = {
    app: {
      getPath: (name: string) => join(base, name),
      getPreferredSystemLanguages: () => ['fr-SN'],
      getLocale: () => 'fr',
      getVersion: () => '0.1.0',
      isPackaged: true,
      on: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    dialog: {},
    ipcMain: { handle: (channel: string, listener: Invoke) => ipc.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => menus.push(menu),
    },
    protocol: { handle: vi.fn() },
    session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
  const running = startMain(parts as unknown as ElectronParts, {
    renderer: '/out/renderer',
    preload: '/out/preload/index.cjs',
  });
  const window = running.window() as unknown as FakeWindow;
  const call = (channel: string, payload: unknown) =>
    ipc.get(channel)!({ sender: window.webContents, senderFrame: mainFrame }, payload);
  return { parts, running, ipc, menus, windows, window, call };
};

describe('startMain', () => {
  it('creates and opens the default library in the documents folder', () => {
    setup();
    expect(opened).toEqual([
      {
        folder: join(base, 'documents', 'Copydesk Library'),
        create: true,
        close: expect.any(Function) as unknown,
      },
    ]);
  });

  it('wires the protocol, permissions, navigation guard, IPC and one window with the preload', () => {
    const { parts, ipc, windows } = setup();
    expect(parts.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(parts.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(parts.session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(parts.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    expect([...ipc.keys()].sort()).toEqual([...channels].sort());
    expect(windows).toHaveLength(1);
    expect(windows[0]!.options).toMatchObject({
      webPreferences: { preload: '/out/preload/index.cjs', sandbox: true },
    });
  });

  it('serves calls from the window with the Electron host context', async () => {
    const { call } = setup();
    expect(await call('app:info', {})).toMatchObject({
      ok: true,
      value: { host: 'electron', version: '0.1.0' },
    });
    expect(await call('settings:get', {})).toMatchObject({ ok: true, value: { uiLanguage: 'fr' } });
  });

  it('builds the menu in the UI language and rebuilds it when the language changes', async () => {
    const { call, menus } = setup();
    expect(menus.at(-1)!.map((menu) => menu.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Aide',
    ]);
    await call('settings:update', { uiLanguage: 'en' });
    expect(menus.at(-1)!.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const count = menus.length;
    await call('settings:update', { authorName: 'Awa' });
    expect(menus).toHaveLength(count);
  });

  it('sends menu commands to the window as menu:command events', () => {
    const { menus, windows } = setup();
    const file = menus.at(-1)![0]!.submenu as MenuItemConstructorOptions[];
    (file[0]!.click as () => void)();
    expect(windows[0]!.send).toHaveBeenCalledWith('menu:command', { command: 'article:new' });
  });

  it('tells the window when the library changed, as library:changed events', async () => {
    const { call, windows } = setup();
    const recent = (await call('library:recent', {})) as { value: { handle: string }[] };
    await call('library:open', { handle: recent.value[0]!.handle });
    expect(windows[0]!.send).toHaveBeenCalledWith('library:changed', { articleIds: [] });
  });

  it('closes the library on shutdown', () => {
    const { running } = setup();
    running.shutdown();
    expect(opened[0]!.close).toHaveBeenCalledOnce();
  });
});
