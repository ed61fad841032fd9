import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, 'bin.mjs');
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-bin-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const run = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      COPYDESK_LIBRARY: join(folder, 'library'),
      COPYDESK_SETTINGS_DIR: join(folder, 'settings'),
    },
  });

describe('the copydesk bin', () => {
  // Spawning tsx is slow on a loaded machine: a generous timeout, not a timing assertion.
  it('runs init, import and list with clean stdout', { timeout: 180_000 }, () => {
    expect(run(['init'])).toMatchObject({ status: 0, stderr: '' });
    const article = join(folder, 'article.md');
    writeFileSync(article, '# Titre du jour\n\nCorps.\n');
    const imported = run(['import', article]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    const listed = JSON.parse(run(['list', '--json']).stdout) as { id: string; headline: string }[];
    expect(listed).toEqual([
      expect.objectContaining({ id: imported.stdout.trim(), headline: 'Titre du jour' }),
    ]);
  });

  it('exits 2 with a message on stderr for an unknown command', { timeout: 60_000 }, () => {
    const result = run(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("copydesk: unknown command 'frobnicate'");
  });
});
