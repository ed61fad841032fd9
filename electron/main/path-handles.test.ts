import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { createHostEvents } from '../host/events/host-events';
import { createHandlers } from '../host/handlers/create-handlers';
import { LibrarySession } from '../node/library/library-session';
import { createFakeLibrary, type FakeLibrary } from '../node/library/testing/fake-library';
import { createFakeSettingsStore } from '../node/settings/testing/fake-settings-store';
import { createElectronDialogs, type ElectronDialogDeps } from './electron-dialogs';
import { registerIpc } from './register-ipc';
import { generateSigningKey } from '../node/signing/signing-key';
import { memorySiteSecrets } from '../node/wordpress/testing/memory-site-secrets';

const signingKey = generateSigningKey();

type Invoke = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

/** The Electron host as start-main wires it: native dialogs (faked), handlers, ipcMain. */
const setup = () => {
  const dialog = {
    showOpenDialog: vi.fn(() =>
      Promise.resolve({ canceled: false, filePaths: ['/home/awa/Desk'] }),
    ),
    showSaveDialog: vi.fn(() =>
      Promise.resolve({ canceled: false, filePath: '/home/awa/copie.sqlite' }),
    ),
    showMessageBox: vi.fn(),
  };
  const dialogs = createElectronDialogs({
    dialog,
    window: () => null,
    language: () => 'fr',
    documentsFolder: '/home/awa/Documents',
  } as unknown as ElectronDialogDeps);
  const libraries: FakeLibrary[] = [];
  const settings = createFakeSettingsStore();
  const session = new LibrarySession(settings, (folder) => {
    libraries.push(createFakeLibrary(folder));
    return libraries.at(-1)!;
  });
  session.open('/home/awa/Journal', { create: true });
  const handlers = createHandlers({
    host: 'electron',
    version: '1.0.0',
    platform: 'linux',
    settings,
    signingKey: () => signingKey,
    siteSecrets: memorySiteSecrets(),
    dialogs,
    session,
    events: createHostEvents(),
    openExternal: () => Promise.resolve(false),
    notices: () => [],
  });
  const registered = new Map<string, Invoke>();
  const ours = { id: 1 } as unknown as WebContents;
  registerIpc(
    { handle: (channel, listener) => registered.set(channel, listener as Invoke) },
    handlers,
    () => ours,
  );
  const event = {
    sender: ours,
    senderFrame: { parent: null, url: 'app://copydesk/index.html' },
  } as unknown as IpcMainInvokeEvent;
  const invoke = (channel: string, payload: unknown = {}) =>
    registered.get(channel)!(event, payload) as Promise<{
      ok: boolean;
      value?: unknown;
      error?: { code: string };
    }>;
  return { invoke, dialog, session, libraries };
};

describe('Electron paths', () => {
  it('come from the native dialog, and only the chosen library is opened', async () => {
    const { invoke, dialog, session } = setup();
    expect(await invoke('library:open')).toMatchObject({
      ok: true,
      value: { path: '/home/awa/Desk' },
    });
    expect(dialog.showOpenDialog).toHaveBeenCalledOnce();
    expect(session.current().path).toBe('/home/awa/Desk');
  });

  it('reach the renderer as opaque handles it can send back, never as paths it may send', async () => {
    const { invoke, session } = setup();
    await invoke('library:open');
    const recent = await invoke('library:recent');
    const entries = recent.value as { handle: string; path: string }[];
    expect(entries.map(({ path }) => path)).toEqual(['/home/awa/Desk', '/home/awa/Journal']);
    const journal = entries[1]!;
    expect(journal.handle).not.toContain('/');
    expect(await invoke('library:open', { path: '/home/awa/Journal' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await invoke('library:open', { handle: '/etc' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(session.current().path).toBe('/home/awa/Desk');
    expect(await invoke('library:open', { handle: journal.handle })).toMatchObject({
      ok: true,
      value: { path: '/home/awa/Journal' },
    });
  });

  it('backs up only where the save dialog says, replacing a file only as the dialog confirmed', async () => {
    const { invoke, dialog, libraries } = setup();
    expect(await invoke('library:backup', { path: '/home/awa/.bashrc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await invoke('library:backup')).toEqual({
      ok: true,
      value: { path: '/home/awa/copie.sqlite' },
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledOnce();
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        properties: expect.arrayContaining(['showOverwriteConfirmation']) as unknown,
      }),
    );
    expect(libraries[0]!.backup).toHaveBeenCalledWith('/home/awa/copie.sqlite', { replace: true });
  });
});
