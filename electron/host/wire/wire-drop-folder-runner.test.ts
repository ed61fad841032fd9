import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHostEvents, type HostEvent } from '../events/host-events';
import { createImporter } from '../../node/import/worker/create-importer';
import { LibrarySession } from '../../node/library/library-session';
import { openLibrary } from '../../node/library/open-library';
import { temporaryFolder } from '../../node/library/testing/temporary-folder';
import { createConfSettings } from '../../node/settings/conf-settings';
import { wireFixture } from '../../node/wire/testing/wire-fixture';
import { createWireDropFolderRunner } from './wire-drop-folder-runner';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const setUp = () => {
  const root = temporaryFolder();
  const drop = join(root, 'drop');
  mkdirSync(drop);
  const settings = createConfSettings({ cwd: join(root, 'settings'), locale: 'fr-FR' });
  const session = new LibrarySession(settings, openLibrary);
  session.open(join(root, 'library'), { create: true });
  const events = createHostEvents();
  const heard: HostEvent[] = [];
  closers.push(events.subscribe((event) => heard.push(event)));
  const importer = createImporter();
  const runner = createWireDropFolderRunner({ session, settings, events }, importer, {
    intervalMs: 60_000,
    settleMs: 0,
  });
  closers.push(
    () => session.close(),
    () => importer.close(),
    () => runner.stop(),
  );
  return { drop, settings, session, heard, runner };
};

describe('the app’s wire drop folder', { timeout: 60_000 }, () => {
  it('stores what lands in the folder set in Settings, refuses hostile files, and tells every window', async () => {
    const { drop, settings, session, heard, runner } = setUp();
    writeFileSync(join(drop, 'afp.xml'), wireFixture('afp/afp-fr-archives-v1.iso-8859-1.xml'));
    await runner.look();
    expect(existsSync(join(drop, 'afp.xml'))).toBe(true);

    settings.update({ wireDropFolder: drop });
    writeFileSync(
      join(drop, 'bomb.xml'),
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
    );
    await runner.look();
    expect(existsSync(join(drop, 'imported', 'afp.xml'))).toBe(true);
    expect(existsSync(join(drop, 'refused', 'bomb.xml.reason.txt'))).toBe(true);
    expect(session.current().wire.list({ text: '', unreadOnly: false })).toHaveLength(1);
    expect(heard).toEqual([{ name: 'wire:changed', payload: { stored: 1 } }]);
  });
});
