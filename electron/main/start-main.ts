import { join } from 'node:path';
import type {
  App,
  BrowserWindow,
  Dialog,
  IpcMain,
  Menu,
  Protocol,
  SafeStorage,
  Session,
  Shell,
} from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { createSessionAssetResolver } from '../node/assets/session-asset-resolver';
import { createHostEvents } from '../host/events/host-events';
import { createHandlers } from '../host/handlers/create-handlers';
import { LibrarySession } from '../node/library/library-session';
import { openLibrary } from '../node/library/open-library';
import { installApplicationMenu } from './application-menu';
import { registerAppProtocol } from './app-protocol';
import { createMainWindow, type WindowConstructor } from './create-main-window';
import { denyPermissions } from './deny-permissions';
import { dialogLabels } from './dialog-labels';
import { createElectronDialogs } from './electron-dialogs';
import { createElectronSettings } from './electron-settings';
import { guardNavigation } from './guard-navigation';
import { observeSettings } from './observe-settings';
import { createSafeOpenExternal } from './open-external';
import { openStartupLibrary } from './open-startup-library';
import { createPrintToPdf } from './print-to-pdf';
import { registerIpc } from './register-ipc';
import { createShowItemInFolder } from './show-item-in-folder';
import { registerIpcEvents } from './register-ipc-events';
import { profileSigningKey } from '../node/signing/profile-signing-key';
import { fileCredentialStore } from '../node/newsroom/credentials/file-credential-store';
import { keychainSeal } from './keychain-seal';
import { lanAddresses } from './lan-addresses';
import { createLibrarySharing } from './library-sharing';
import { libraryNewsroomStore } from '../node/newsroom/library-store/library-newsroom-store';
import { fileSiteSecrets } from '../node/wordpress/file-site-secrets';

export interface ElectronParts {
  app: App;
  BrowserWindow: WindowConstructor & Pick<typeof BrowserWindow, 'getFocusedWindow'>;
  dialog: Dialog;
  ipcMain: IpcMain;
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  protocol: Protocol;
  session: Session;
  shell: Shell;
  safeStorage: SafeStorage;
}

export interface RunningApp {
  window(): BrowserWindow | null;
  shutdown(): void;
}

/** After `ready`: settings, library, IPC, protocol, window and menu, wired together. */
export function startMain(
  electron: ElectronParts,
  paths: { renderer: string; preload: string },
): RunningApp {
  const { app } = electron;
  let window: BrowserWindow | null = null;
  const send = (command: MenuCommand) =>
    (electron.BrowserWindow.getFocusedWindow() ?? window)?.webContents.send('menu:command', {
      command,
    });
  const installMenu = () =>
    installApplicationMenu(electron.Menu, {
      language: settings.get().uiLanguage,
      isPackaged: app.isPackaged,
      platform: process.platform,
      send,
    });
  const settings = observeSettings(
    createElectronSettings({
      userData: app.getPath('userData'),
      locale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
    }),
    (next, previous) => {
      if (next.uiLanguage !== previous.uiLanguage) installMenu();
    },
  );
  const dialogs = createElectronDialogs({
    dialog: electron.dialog,
    window: () => window,
    language: () => settings.get().uiLanguage,
    documentsFolder: app.getPath('documents'),
  });
  const openExternal = createSafeOpenExternal(electron.shell, (url) =>
    dialogs.confirm(dialogLabels[settings.get().uiLanguage].openLink, url),
  );
  const session = new LibrarySession(settings, openLibrary);
  const notices = openStartupLibrary(
    session,
    settings,
    join(app.getPath('documents'), 'Copydesk Library'),
  );
  const events = createHostEvents();
  const keychain = keychainSeal(electron.safeStorage);
  const sharing = createLibrarySharing({
    currentLibrary: () => session.current(),
    onLibraryChanged: (listener) => session.onOpened(listener),
    storeFor: libraryNewsroomStore,
    // Hocuspocus loads when the user shares, not at every start-up.
    start: async (options) =>
      (await import('../node/newsroom/server/start-newsroom-server')).startNewsroomServer(options),
    lanAddresses,
  });
  const handlers = createHandlers({
    host: 'electron',
    version: app.getVersion(),
    platform: process.platform,
    settings,
    signingKey: profileSigningKey(app.getPath('userData')),
    newsroomCredentials: fileCredentialStore(app.getPath('userData'), keychain),
    siteSecrets: fileSiteSecrets(app.getPath('userData'), keychain),
    dialogs,
    session,
    events,
    openExternal,
    notices: () => notices,
    printToPdf: createPrintToPdf({ contents: () => window?.webContents ?? null, dialogs }),
    showItemInFolder: createShowItemInFolder(electron.shell),
    shareLibrary: (options) => sharing.share(options),
  });

  registerAppProtocol(electron.protocol, paths.renderer, createSessionAssetResolver(session));
  denyPermissions(electron.session);
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, openExternal));
  registerIpc(electron.ipcMain, handlers, () => window?.webContents ?? null);
  registerIpcEvents(events, () => window?.webContents ?? null);
  window = createMainWindow(electron.BrowserWindow, paths.preload);
  window.on('closed', () => {
    window = null;
  });
  installMenu();
  return { window: () => window, shutdown: () => session.close() };
}
