import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createWebDialogs } from './web-dialogs';

describe('browser-mode dialogs', () => {
  it('answer export questions with --export-dir', async () => {
    const dialogs = createWebDialogs({ exportFolder: '/tmp/exports', report: vi.fn() });
    expect(await dialogs.chooseFolder('export')).toBe('/tmp/exports');
    expect(await dialogs.chooseSaveFile('backup', 'copydesk-backup-2025-01-02.sqlite')).toBe(
      join('/tmp/exports', 'copydesk-backup-2025-01-02.sqlite'),
    );
    expect(await dialogs.confirm('Empty the trash?')).toBe(true);
  });

  it('create the --export-dir folder before answering where to save', async () => {
    const exportFolder = join(mkdtempSync(join(tmpdir(), 'copydesk-dialogs-')), 'not-yet');
    const dialogs = createWebDialogs({ exportFolder, report: vi.fn() });
    expect(await dialogs.chooseSaveFile('package', 'crue-a-kayes.copydesk')).toBe(
      join(exportFolder, 'crue-a-kayes.copydesk'),
    );
    expect(existsSync(exportFolder)).toBe(true);
  });

  it('have no file chooser: the page uses its own file input', async () => {
    const report = vi.fn();
    const dialogs = createWebDialogs({ exportFolder: '/tmp/exports', report });
    expect(await dialogs.chooseFiles('import')).toBeNull();
    expect(report).not.toHaveBeenCalled();
  });

  it('cancel what they cannot answer, and say why', async () => {
    const report = vi.fn();
    const dialogs = createWebDialogs({ exportFolder: null, report });
    expect(await dialogs.chooseFolder('export')).toBeNull();
    expect(await dialogs.chooseFolder('open-library')).toBeNull();
    expect(await dialogs.chooseSaveFile('backup', 'copy.sqlite')).toBeNull();
    expect(report.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('--export-dir'),
      expect.stringContaining('--library'),
      expect.stringContaining('--export-dir'),
    ]);
  });
});

describe('browser-mode dialogs stay inside --export-dir', () => {
  const setup = () => {
    const base = mkdtempSync(join(tmpdir(), 'copydesk-confined-'));
    const exportFolder = join(base, 'exports');
    mkdirSync(exportFolder);
    writeFileSync(join(base, 'sources.txt'), 'Nom de la source');
    return { base, exportFolder, dialogs: createWebDialogs({ exportFolder, report: vi.fn() }) };
  };

  it('give a backup a name no file has yet', async () => {
    const { exportFolder, dialogs } = setup();
    writeFileSync(join(exportFolder, 'copydesk-backup-2025-01-02.sqlite'), 'older');
    writeFileSync(join(exportFolder, 'copydesk-backup-2025-01-02-2.sqlite'), 'older');
    expect(await dialogs.chooseSaveFile('backup', 'copydesk-backup-2025-01-02.sqlite')).toBe(
      join(realpathSync(exportFolder), 'copydesk-backup-2025-01-02-3.sqlite'),
    );
  });

  it.each(['../sources.txt', '../../etc/passwd', 'a/../../sources.txt'])(
    'refuse the name %s as forbidden',
    async (name) => {
      const { dialogs } = setup();
      await expect(dialogs.chooseSaveFile('package', name)).rejects.toMatchObject({
        code: 'forbidden',
      });
    },
  );

  it('refuse a file that is a symbolic link out of the folder', async () => {
    const { base, exportFolder, dialogs } = setup();
    symlinkSync(join(base, 'sources.txt'), join(exportFolder, 'piege.copydesk'));
    symlinkSync(base, join(exportFolder, 'dehors'));
    await expect(dialogs.chooseSaveFile('package', 'piege.copydesk')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      dialogs.chooseSaveFile('package', join('dehors', 'sources.txt')),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
