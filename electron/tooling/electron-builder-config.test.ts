import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const load = () => getConfig(root, resolve(root, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('passes electron-builder validation offline', async () => {
    await expect(
      validateConfiguration(await load(), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('names the app and packages only the build output', async () => {
    const config = await load();
    expect(config.appId).toBe('org.copydesk.app');
    expect(config.productName).toBe('Copydesk');
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }]);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*.node']);
    expect(config.npmRebuild).toBe(true);
  });

  it('builds AppImage and deb, nsis and dmg', async () => {
    const config = await load();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('sets the fuses from security.md', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
