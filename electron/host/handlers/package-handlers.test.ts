import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DialogService } from '../dialog-service';
import { dispatch, type HandlerTable } from '../dispatch';
import { LibrarySession } from '../../node/library/library-session';
import { openLibrary } from '../../node/library/open-library';
import { paragraphs, reporter } from '../../node/library/testing/open-test-library';
import { temporaryFolder } from '../../node/library/testing/temporary-folder';
import type { HostContext } from './host-context';
import { createImportHandlers } from './import-handlers';
import { createPackageHandlers } from './package-handlers';
import { createFakeSettingsStore } from '../../node/settings/testing/fake-settings-store';
import { generateSigningKey } from '../../node/signing/signing-key';
import { memorySiteSecrets } from '../../node/wordpress/testing/memory-site-secrets';

const signingKey = generateSigningKey();

const setup = (answer: (name: string) => string | null) => {
  const session = new LibrarySession(createFakeSettingsStore(), openLibrary);
  const library = session.open(temporaryFolder(), { create: true });
  const settings = createFakeSettingsStore();
  settings.update({ authorName: 'Chef Ndiaye', role: 'editor' });
  const chooseSaveFile = vi.fn<DialogService['chooseSaveFile']>((_purpose, name) =>
    Promise.resolve(answer(name)),
  );
  const context = {
    session,
    settings,
    signingKey: () => signingKey,
    siteSecrets: memorySiteSecrets(),
    version: '1.2.3',
    dialogs: { chooseSaveFile },
  };
  const handlers = {
    ...createPackageHandlers(context as unknown as HostContext),
    ...createImportHandlers(context as unknown as HostContext),
  } as HandlerTable;
  const call = (channel: string, payload: unknown) => dispatch(handlers, channel, payload);
  return { library, call, chooseSaveFile, settings, close: () => session.close() };
};

describe('packages:send', () => {
  it('asks where to save <slug>.copydesk, writes the package there and records the handoff', async () => {
    const folder = temporaryFolder();
    const { library, call, chooseSaveFile, close } = setup((name) => path.join(folder, name));
    const { id } = library.create(
      { headline: 'Crue à Kayes', body: paragraphs('Le fleuve monte.') },
      reporter,
    );
    const result = await call('packages:send', { id });
    const target = path.join(folder, 'crue-a-kayes.copydesk');
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(chooseSaveFile).toHaveBeenCalledWith('package', 'crue-a-kayes.copydesk');
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(folder)).toEqual(['crue-a-kayes.copydesk']);
    expect(library.get(id).handoffs).toEqual([
      expect.objectContaining({ direction: 'sent', by: 'Chef Ndiaye' }),
    ]);
    close();
  });

  it('writes nothing and records nothing when the dialog is cancelled', async () => {
    const { library, call, close } = setup(() => null);
    const { id } = library.create({ headline: 'Crue' }, reporter);
    const versions = library.listRevisions(id).length;
    expect(await call('packages:send', { id, recipient: 'Awa Diop' })).toEqual({
      ok: true,
      value: null,
    });
    expect(library.get(id).handoffs).toEqual([]);
    expect(library.listRevisions(id)).toHaveLength(versions);
    close();
  });

  it.each([
    ['en', 'Awa Diop', 'Sent to Awa Diop'],
    ['fr', 'Awa Diop', 'Envoyé à Awa Diop'],
    ['en', undefined, 'Sent for review'],
  ] as const)(
    'keeps the version sent, named for whom it is, in the interface language (%s, %s)',
    async (language, recipient, name) => {
      const folder = temporaryFolder();
      const { library, call, close, settings } = setup((file) => path.join(folder, file));
      settings.update({ uiLanguage: language });
      const { id } = library.create({ headline: 'Crue' }, reporter);
      await call('packages:send', { id, ...(recipient ? { recipient } : {}) });
      expect(library.listRevisions(id).at(0)).toMatchObject({
        reason: 'named',
        name,
        author: 'Chef Ndiaye',
      });
      close();
    },
  );
});

describe('import:files with packages', () => {
  it('merges a .copydesk file and reports its outcome; a damaged one fails with the reason', async () => {
    const folder = temporaryFolder();
    const sender = setup((name) => path.join(folder, name));
    const { id } = sender.library.create(
      { headline: 'Crue à Kayes', body: paragraphs('Le fleuve monte.') },
      reporter,
    );
    await sender.call('packages:send', { id });
    sender.close();
    const bytes = fs.readFileSync(path.join(folder, 'crue-a-kayes.copydesk'));
    const { library, call, close } = setup(() => null);
    const files = [
      { name: 'crue-a-kayes.copydesk', dataBase64: bytes.toString('base64') },
      { name: 'broken.copydesk', dataBase64: Buffer.from('not a zip').toString('base64') },
    ];
    expect(await call('import:files', { files })).toEqual({
      ok: true,
      value: {
        created: [],
        failed: [{ name: 'broken.copydesk', message: 'This file is not a Copydesk package.' }],
        packages: [
          {
            id,
            headline: 'Crue à Kayes',
            outcome: 'added',
            restoredFromTrash: false,
            heldMoves: 0,
            untrustedKeys: [],
          },
        ],
      },
    });
    expect(library.get(id).handoffs.at(-1)).toMatchObject({
      direction: 'received',
      by: 'Chef Ndiaye',
    });
    expect(await call('import:files', { files: files.slice(0, 1) })).toMatchObject({
      value: { packages: [{ id, outcome: 'unchanged', restoredFromTrash: false }] },
    });
    close();
  });
});

describe('articles:resolveConflict', () => {
  it('clears the marker as a new revision, refusing a stale base revision', async () => {
    const { library, call, close } = setup(() => null);
    const { id, revision } = library.create({ headline: 'Crue' }, reporter);
    expect(
      await call('articles:resolveConflict', { id, baseRevision: revision + 5 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await call('articles:resolveConflict', { id, baseRevision: revision })).toMatchObject({
      ok: true,
      value: { id, conflict: null, revision: revision + 1 },
    });
    close();
  });
});
