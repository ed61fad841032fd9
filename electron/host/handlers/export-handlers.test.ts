import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DialogService } from '../dialog-service';
import { dispatch } from '../dispatch';
import { createHostEvents, type HostEvent } from '../events/host-events';
import { LibrarySession } from '../../node/library/library-session';
import { openLibrary } from '../../node/library/open-library';
import { createExportHandlers } from './export-handlers';
import type { HostContext } from './host-context';
import { createFakeSettingsStore } from '../../node/settings/testing/fake-settings-store';

let folder: string;
let session: LibrarySession;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-export-handlers-'));
  session = new LibrarySession(createFakeSettingsStore(), openLibrary);
  session.open(path.join(folder, 'library'), { create: true });
});
afterEach(() => {
  session.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const setup = (chosenFolder: string | null, showItemInFolder?: HostContext['showItemInFolder']) => {
  const chooseFolder = vi.fn<DialogService['chooseFolder']>(() => Promise.resolve(chosenFolder));
  const events = createHostEvents();
  const heard: HostEvent[] = [];
  events.subscribe((event) => heard.push(event));
  const context = {
    session,
    dialogs: { chooseFolder },
    events,
    showItemInFolder,
  } as unknown as HostContext;
  const handlers = createExportHandlers(context);
  const call = (channel: keyof typeof handlers, payload: unknown) =>
    dispatch(handlers as never, channel, payload);
  return { call, chooseFolder, heard };
};

const create = (headline: string, embargo: string | null = null) =>
  session.current().create({ headline, embargo }, { name: 'Camille Martin' }).id;

describe('export handlers', { timeout: 60_000 }, () => {
  it('asks for the folder, runs the job and reports the files through export:progress', async () => {
    const outDir = path.join(folder, 'chosen');
    const { call, chooseFolder } = setup(outDir);
    const ids = [create('Un'), create('Deux')];
    const started = await call('export:start', { ids, format: 'md' });
    expect(chooseFolder).toHaveBeenCalledWith('export');
    const { jobId } = (started as { ok: true; value: { jobId: string } }).value;
    await vi.waitFor(
      async () =>
        expect(await call('export:progress', { jobId })).toMatchObject({
          value: { state: 'done' },
        }),
      { timeout: 50_000, interval: 100 },
    );
    const progress = await call('export:progress', { jobId });
    expect(progress).toEqual({
      ok: true,
      value: {
        state: 'done',
        done: 2,
        total: 2,
        paths: [path.join(outDir, 'un.md'), path.join(outDir, 'deux.md')],
      },
    });
    expect(await call('export:cancel', { jobId })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
  });

  it('pushes the finished job, with its files, as an export:updated event', async () => {
    const outDir = path.join(folder, 'pushed');
    const { call, heard } = setup(outDir);
    const ids = [create('Un'), create('Deux')];
    const started = await call('export:start', { ids, format: 'md' });
    const { jobId } = (started as { ok: true; value: { jobId: string } }).value;
    await vi.waitFor(() => expect(heard.at(-1)?.payload).toMatchObject({ state: 'done' }), {
      timeout: 50_000,
      interval: 100,
    });
    expect(heard.at(-1)).toEqual({
      name: 'export:updated',
      payload: {
        jobId,
        state: 'done',
        done: 2,
        total: 2,
        paths: [path.join(outDir, 'un.md'), path.join(outDir, 'deux.md')],
      },
    });
    expect(heard.every((event) => event.name === 'export:updated')).toBe(true);
  });

  it('answers an embargo at once, before asking for a folder; null when the dialog is cancelled', async () => {
    const { call, chooseFolder } = setup(null);
    const embargoed = create('Résultats', new Date(Date.now() + 3_600_000).toISOString());
    const refused = await call('export:start', { ids: [embargoed], format: 'html' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(chooseFolder).not.toHaveBeenCalled();
    expect(
      await call('export:start', { ids: [embargoed], format: 'html', ignoreEmbargo: true }),
    ).toEqual({
      ok: true,
      value: null,
    });
  });

  it('rejects unknown formats and job ids', async () => {
    const { call } = setup(null);
    expect(await call('export:start', { ids: [create('Un')], format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await call('export:progress', { jobId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  const finished = async (
    call: ReturnType<typeof setup>['call'],
    started: unknown,
  ): Promise<string> => {
    const { jobId } = (started as { ok: true; value: { jobId: string } }).value;
    await vi.waitFor(
      async () =>
        expect(await call('export:progress', { jobId })).toMatchObject({
          value: { state: 'done' },
        }),
      { timeout: 50_000, interval: 100 },
    );
    return jobId;
  };

  it('names the files already in the folder and writes nothing until the user chooses', async () => {
    const outDir = path.join(folder, 'twice');
    const { call, chooseFolder } = setup(outDir);
    const id = create('Un');
    await finished(call, await call('export:start', { ids: [id], format: 'md' }));

    const asked = await call('export:start', { ids: [id], format: 'md' });
    expect(asked).toEqual({
      ok: true,
      value: { folder: expect.any(String) as string, folderPath: outDir, existingFiles: ['un.md'] },
    });
    expect(fs.readdirSync(outDir)).toEqual(['un.md']);
    const { folder: handle } = (asked as { ok: true; value: { folder: string } }).value;

    const kept = await call('export:start', {
      ids: [id],
      format: 'md',
      existing: 'keep-both',
      folder: handle,
    });
    await finished(call, kept);
    expect(fs.readdirSync(outDir).sort()).toEqual(['un (2).md', 'un.md']);
    expect(chooseFolder).toHaveBeenCalledTimes(2);

    fs.writeFileSync(path.join(outDir, 'un.md'), 'old');
    await finished(
      call,
      await call('export:start', { ids: [id], format: 'md', existing: 'replace', folder: handle }),
    );
    expect(fs.readdirSync(outDir).sort()).toEqual(['un (2).md', 'un.md']);
    expect(fs.readFileSync(path.join(outDir, 'un.md'), 'utf8')).toContain('title: Un');
  });

  it('refuses a folder handle it never gave', async () => {
    const { call } = setup(path.join(folder, 'never'));
    expect(
      await call('export:start', {
        ids: [create('Un')],
        format: 'md',
        existing: 'replace',
        folder: 'made-up',
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fs.existsSync(path.join(folder, 'never'))).toBe(false);
  });

  it('shows the first file written in the file manager where the host can, and says it cannot in browser mode', async () => {
    const outDir = path.join(folder, 'shown');
    const showItemInFolder = vi.fn(() => true);
    const electron = setup(outDir, showItemInFolder);
    const jobId = await finished(
      electron.call,
      await electron.call('export:start', { ids: [create('Un')], format: 'html' }),
    );
    expect(await electron.call('export:showFolder', { jobId })).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(showItemInFolder.mock.calls).toEqual([[path.join(outDir, 'un.html')]]);

    const web = setup(outDir);
    expect(await web.call('export:showFolder', { jobId: 'any' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});
