import { describe, expect, it, vi } from 'vitest';
import type { DialogService } from '../dialog-service';
import { dispatch } from '../dispatch';
import { LibrarySession } from '../../node/library/library-session';
import { createHostEvents } from '../events/host-events';
import { createHandlers } from './create-handlers';
import type { HostContext } from './host-context';
import {
  createFakeLibrary,
  sampleId,
  type FakeLibrary,
} from '../../node/library/testing/fake-library';
import { createFakeSettingsStore } from '../../node/settings/testing/fake-settings-store';
import { generateSigningKey } from '../../node/signing/signing-key';
import { memorySiteSecrets } from '../../node/wordpress/testing/memory-site-secrets';

const signingKey = generateSigningKey();

const setup = (options: { readOnlyReason?: string; open?: boolean } = {}) => {
  const settings = createFakeSettingsStore([
    {
      code: 'settings_reset',
      message: 'Your settings file could not be read.',
      keptAs: '/x.corrupt',
    },
  ]);
  const libraries: FakeLibrary[] = [];
  const session = new LibrarySession(settings, (folder) => {
    const library = createFakeLibrary(folder, options);
    libraries.push(library);
    return library;
  });
  if (options.open ?? true) session.open('/tmp/desk', { create: true });
  const dialogs = {
    chooseFolder: vi.fn<DialogService['chooseFolder']>(() => Promise.resolve(null)),
    chooseSaveFile: vi.fn<DialogService['chooseSaveFile']>(() => Promise.resolve(null)),
    chooseFiles: vi.fn<DialogService['chooseFiles']>(() => Promise.resolve(null)),
    confirm: vi.fn<DialogService['confirm']>(() => Promise.resolve(true)),
  };
  const openExternal = vi.fn((url: string) => Promise.resolve(url.startsWith('https:')));
  const events = createHostEvents();
  const context: HostContext = {
    host: 'web',
    version: '1.2.3',
    platform: 'linux',
    settings,
    signingKey: () => signingKey,
    siteSecrets: memorySiteSecrets(),
    dialogs,
    session,
    events,
    openExternal,
    notices: () => [{ code: 'no_electron', message: 'Running in browser mode.' }],
  };
  const handlers = createHandlers(context);
  const call = (channel: string, payload: unknown = {}) => dispatch(handlers, channel, payload);
  return {
    settings,
    session,
    events,
    dialogs,
    openExternal,
    libraries,
    call,
    library: () => libraries.at(-1)!,
  };
};

describe('createHandlers', () => {
  it('announces an editor’s update to the list once derived, not when it is stored', async () => {
    const { call, events, library } = setup();
    const announced: unknown[] = [];
    events.subscribe((event) => {
      if (event.name === 'library:changed') announced.push(event.payload);
    });
    const result = await call('articles:update', { id: sampleId, update: 'AAA=', origin: 'w' });
    expect(result.ok).toBe(true);
    expect(announced).toEqual([]);
    const [listener] = vi.mocked(library().onArticlesDerived).mock.calls[0] as unknown as [
      (articleIds: string[]) => void,
    ];
    listener([sampleId]);
    expect(announced).toEqual([{ articleIds: [sampleId] }]);
  });

  it('answers "no library is open" instead of throwing', async () => {
    const { call } = setup({ open: false });
    expect(await call('articles:list', {})).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'No library is open' },
    });
  });

  it('writes as the author named in settings', async () => {
    const { call, settings, library } = setup();
    settings.update({ authorName: 'Awa Diallo' });
    const result = await call('articles:create', { headline: 'Élection présidentielle' });
    expect(result.ok).toBe(true);
    expect(library().create).toHaveBeenCalledWith(
      { headline: 'Élection présidentielle' },
      { name: 'Awa Diallo', role: 'reporter', signer: signingKey },
    );
  });

  it('writes as "Unknown author" when no author name is set', async () => {
    const { call, library } = setup();
    const save = { id: sampleId, baseRevision: 1, changes: { headline: 'Mali' } };
    expect((await call('articles:save', save)).ok).toBe(true);
    expect(library().save).toHaveBeenCalledWith(save, { name: 'Unknown author', role: 'reporter' });
  });

  it('maps trash, restore, empty trash and status changes onto the library', async () => {
    const { call, library, settings } = setup();
    expect(await call('articles:trash', { id: sampleId })).toEqual({
      ok: true,
      value: { id: sampleId },
    });
    expect(library().trash).toHaveBeenCalledWith(sampleId);
    expect((await call('articles:restore', { id: sampleId })).ok).toBe(true);
    expect(await call('articles:emptyTrash', {})).toEqual({ ok: true, value: { deleted: 3 } });
    settings.update({ role: 'editor' });
    await call('articles:setStatus', { id: sampleId, baseRevision: 1, status: 'submitted' });
    expect(library().setStatus).toHaveBeenCalledWith(
      { id: sampleId, baseRevision: 1, status: 'submitted', note: '' },
      { name: 'Unknown author', role: 'editor', signer: signingKey },
      { headlineMaxLength: 100, typographyProfile: 'fr-FR' },
    );
  });

  it('maps held moves and signing keys onto the library, signed by the profile key', async () => {
    const { call, library, settings } = setup();
    settings.update({ role: 'editor' });
    expect(await call('keys:list', {})).toEqual({
      ok: true,
      value: { ownFingerprint: signingKey.fingerprint, keys: [] },
    });
    const publicKey = signingKey.publicKey;
    expect(await call('keys:revoke', { publicKey })).toMatchObject({
      ok: true,
      value: { trust: 'revoked' },
    });
    expect(library().changeKeyTrust).toHaveBeenCalledWith(
      { publicKey, trust: 'revoked' },
      { name: 'Unknown author', role: 'editor', signer: signingKey },
    );
    expect((await call('keys:trust', { publicKey: 'not a key' })).ok).toBe(false);
    await call('articles:confirmMove', { id: sampleId, moveId: 3, baseRevision: 1 });
    expect(library().confirmHeldMove).toHaveBeenCalledWith(
      { id: sampleId, moveId: 3, baseRevision: 1 },
      { name: 'Unknown author', role: 'editor', signer: signingKey },
      { headlineMaxLength: 100, typographyProfile: 'fr-FR' },
    );
    expect(await call('articles:heldMoves', { id: sampleId })).toEqual({ ok: true, value: [] });
  });

  it('maps revisions onto the library', async () => {
    const { call, library, settings } = setup();
    settings.update({ authorName: 'Awa' });
    await call('revisions:name', { id: sampleId, name: '  Avant relecture ' });
    expect(library().nameRevision).toHaveBeenCalledWith(sampleId, 'Avant relecture', {
      name: 'Awa',
      role: 'reporter',
    });
    await call('revisions:restore', { id: sampleId, revisionId: 1, baseRevision: 2 });
    expect(library().restoreRevision).toHaveBeenCalledWith(
      { id: sampleId, revisionId: 1, baseRevision: 2 },
      { name: 'Awa', role: 'reporter' },
    );
    expect((await call('revisions:get', { id: sampleId, revisionId: 1 })).ok).toBe(true);
  });

  it('rejects a malformed payload before it reaches the library', async () => {
    const { call, library } = setup();
    const result = await call('articles:get', { id: 'not-a-uuid' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(library().get).not.toHaveBeenCalled();
  });

  it('asks for a folder when opening without a path, and does nothing on cancel', async () => {
    const { call, dialogs, session } = setup();
    expect(await call('library:open', {})).toEqual({ ok: true, value: null });
    expect(dialogs.chooseFolder).toHaveBeenCalledWith('open-library');
    expect(session.current().path).toBe('/tmp/desk');
  });

  it('opens the chosen folder and remembers it', async () => {
    const { call, dialogs, settings, libraries } = setup();
    dialogs.chooseFolder.mockResolvedValueOnce('/tmp/other');
    const result = await call('library:open', {});
    expect(result).toMatchObject({ ok: true, value: { path: '/tmp/other' } });
    expect(libraries[0]!.close).toHaveBeenCalledOnce();
    expect(settings.get().recentLibraries).toEqual(['/tmp/other', '/tmp/desk']);
    expect(await call('library:recent', {})).toEqual({
      ok: true,
      value: [
        { handle: expect.any(String) as string, path: '/tmp/other' },
        { handle: expect.any(String) as string, path: '/tmp/desk' },
      ],
    });
  });

  it('reopens a recent library by the handle it was listed with, never by a path', async () => {
    const { call, session } = setup();
    const recent = await call('library:recent', {});
    const [desk] = recent.ok ? (recent.value as { handle: string; path: string }[]) : [];
    expect(desk!.handle).not.toContain('/');
    expect(await call('library:open', { path: '/etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    for (const handle of ['/etc', '../../etc', 'made-up']) {
      expect(await call('library:open', { handle })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await call('library:open', { handle: desk!.handle })).toMatchObject({
      ok: true,
      value: { path: '/tmp/desk' },
    });
    expect(session.current().path).toBe('/tmp/desk');
  });

  it('refuses a page that tries to plant a path in the recent libraries', async () => {
    const { call, settings } = setup();
    expect(
      await call('settings:update', { recentLibraries: ['/etc'], lastLibrary: '/etc' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(settings.get().recentLibraries).toEqual(['/tmp/desk']);
  });

  it('creates a library in the folder chosen, never in one the page names', async () => {
    const { call, dialogs } = setup();
    expect(await call('library:create', { path: '/tmp/new' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(dialogs.chooseFolder).not.toHaveBeenCalled();
    dialogs.chooseFolder.mockResolvedValueOnce('/tmp/newer');
    expect(await call('library:create', {})).toMatchObject({
      ok: true,
      value: { path: '/tmp/newer' },
    });
    expect(dialogs.chooseFolder).toHaveBeenCalledWith('create-library');
  });

  it('backs up to the file chosen with a dated suggested name', async () => {
    const { call, dialogs, library } = setup();
    expect(await call('library:backup', {})).toEqual({ ok: true, value: null });
    const [purpose, name] = dialogs.chooseSaveFile.mock.calls[0]!;
    expect(purpose).toBe('backup');
    expect(name).toMatch(/^copydesk-backup-\d{4}-\d{2}-\d{2}\.sqlite$/);
    dialogs.chooseSaveFile.mockResolvedValueOnce('/tmp/copy.sqlite');
    expect(await call('library:backup', {})).toEqual({
      ok: true,
      value: { path: '/tmp/copy.sqlite' },
    });
    expect(await call('library:backup', { path: '/tmp/given.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(library().backup).toHaveBeenCalledTimes(1);
    expect(library().backup).toHaveBeenCalledWith('/tmp/copy.sqlite', { replace: false });
  });

  it('compacts the open library and answers its sizes and backup; a stray argument is refused', async () => {
    const { call, library } = setup();
    expect(await call('library:compact', {})).toEqual({
      ok: true,
      value: {
        bytesBefore: 2048,
        bytesAfter: 1024,
        backup: expect.stringMatching(/before\.sqlite$/) as unknown,
      },
    });
    expect(await call('library:compact', { path: '/tmp/elsewhere' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(library().compact).toHaveBeenCalledTimes(1);
  });

  it('reports the host, settings notices and a read-only library in app:info', async () => {
    const { call } = setup({ readOnlyReason: 'The integrity check failed.' });
    const result = await call('app:info', {});
    expect(result).toMatchObject({
      ok: true,
      value: { version: '1.2.3', host: 'web', platform: 'linux' },
    });
    const notices = result.ok ? (result.value as { notices: { code: string }[] }).notices : [];
    expect(notices.map((notice) => notice.code)).toEqual([
      'settings_reset',
      'no_electron',
      'library_read_only',
    ]);
  });

  it('reads and updates settings', async () => {
    const { call } = setup();
    expect(await call('settings:update', { uiLanguage: 'fr' })).toMatchObject({
      ok: true,
      value: { uiLanguage: 'fr' },
    });
    expect(await call('settings:get', {})).toMatchObject({ ok: true, value: { uiLanguage: 'fr' } });
    expect(await call('settings:update', { theme: 'neon' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('opens external links through the host', async () => {
    const { call, openExternal } = setup();
    expect(await call('shell:openExternal', { url: 'https://example.org/' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');
  });
});
