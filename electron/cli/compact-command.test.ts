import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './testing/run-cli';

let folder: string;
let library: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-compact-cli-'));
  library = join(folder, 'library');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args]);

describe('copydesk compact', () => {
  it('backs up beside the library, then prints the size before and after', async () => {
    await cli('init');
    const article = join(folder, 'article.txt');
    writeFileSync(article, `Crue du fleuve à Kayes\n\n${'Le niveau monte. '.repeat(400)}\n`);
    await cli('import', article);

    const text = await cli('compact');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^library {2}\d+(\.\d)? kB → \d+(\.\d)? kB \(-?\d+% smaller\)\nbackup {3}\S+\.sqlite\n$/,
    );

    const json = await cli('compact', '--json');
    const report = JSON.parse(json.stdout) as {
      bytesBefore: number;
      bytesAfter: number;
      backup: string;
    };
    expect(report.bytesAfter).toBeGreaterThan(0);
    expect(dirname(report.backup)).toBe(library);
    expect(existsSync(report.backup)).toBe(true);
    expect((await cli('list', '--json')).stdout).toContain('Crue du fleuve à Kayes');
  });

  it('needs an existing library', async () => {
    const result = await cli('compact');
    expect(result.code).not.toBe(0);
    expect(result.stderr).not.toBe('');
  });
});
