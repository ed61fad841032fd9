import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../fixtures/electron-binary';
import { repositoryRoot } from '../fixtures/start-browser-mode';

const binary = electronBinary();

test.skip(
  binary === null,
  'The Electron binary is not installed on this machine (it cannot be downloaded here).',
);

test('the Electron app opens its window with the bridge and without Node', async () => {
  const home = mkdtempSync(join(tmpdir(), 'copydesk-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [join(repositoryRoot, 'out/main/index.js')],
    cwd: repositoryRoot,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Copydesk/);
    expect(await window.evaluate(() => typeof (window as { copydesk?: unknown }).copydesk)).toBe(
      'object',
    );
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});
