import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../node/library/open-library';
import { runCli } from './testing/run-cli';

let folder: string;
let reporterLibrary: string;
let editorLibrary: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-package-'));
  reporterLibrary = join(folder, 'reporter');
  editorLibrary = join(folder, 'editor');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const cli = (library: string, ...args: string[]) =>
  runCli(['--library', library, ...args], { author: 'Awa Diop' });

const statusOf = (library: string, id: string) => {
  const opened = openLibrary(library, { create: false });
  try {
    return {
      status: opened.get(id).status,
      log: opened.statusLog(id).map(({ to, by, role }) => [to, by, role]),
    };
  } finally {
    opened.close();
  }
};

describe('copydesk package and import of .copydesk files', () => {
  it('carries an article from one library to another and back; set-status --by moves travel as unverified claims', async () => {
    await cli(reporterLibrary, 'init');
    await cli(editorLibrary, 'init');
    const text = join(folder, 'crue.txt');
    writeFileSync(text, 'Crue à Kayes\n\nLe fleuve monte.\n');
    const id = (await cli(reporterLibrary, 'import', text)).stdout.trim();
    const asReporter = ['--by', 'Awa Diop', '--role', 'reporter'];
    await cli(reporterLibrary, 'set-status', id, 'submitted', ...asReporter);

    const first = join(folder, 'first.copydesk');
    expect(await cli(reporterLibrary, 'package', id, '--out', first)).toEqual({
      code: 0,
      stdout: `${first}\n`,
      stderr: '',
    });
    expect(await cli(editorLibrary, 'import', first)).toEqual({
      code: 0,
      stdout: `${id} added\n`,
      stderr: '',
    });
    // The command line has no profile key: anyone can type --by, so its moves are not signed
    // and the receiving library holds them (issue 12 §6) instead of applying them.
    expect(statusOf(editorLibrary, id)).toEqual({
      status: 'draft',
      log: [['draft', 'Awa Diop', null]],
    });
    expect(await cli(editorLibrary, 'import', first)).toMatchObject({
      code: 0,
      stdout: `${id} local newer\n`,
    });

    const refused = await cli(editorLibrary, 'set-status', id, 'spiked', ...asReporter);
    expect(refused.code).toBe(1);
    const asEditor = ['--by', 'Chef Ndiaye', '--role', 'editor'];
    expect(await cli(editorLibrary, 'set-status', id, 'spiked', ...asEditor)).toMatchObject({
      code: 0,
      stdout: `${id}: draft -> spiked\n`,
    });
    const back = await cli(editorLibrary, 'package', id, '--out', folder);
    expect(back).toMatchObject({ code: 0, stdout: `${join(folder, 'crue-a-kayes.copydesk')}\n` });
    expect(
      await cli(reporterLibrary, 'import', join(folder, 'crue-a-kayes.copydesk')),
    ).toMatchObject({
      code: 0,
      stdout: `${id} fast-forwarded\n`,
    });
    expect(statusOf(reporterLibrary, id).status).toBe('submitted');
  });

  it('prints conflict when both libraries changed the article', async () => {
    await cli(reporterLibrary, 'init');
    await cli(editorLibrary, 'init');
    const text = join(folder, 'crue.txt');
    writeFileSync(text, 'Crue à Kayes\n\nLe fleuve monte.\n');
    const id = (await cli(reporterLibrary, 'import', text)).stdout.trim();
    const first = join(folder, 'first.copydesk');
    await cli(reporterLibrary, 'package', id, '--out', first);
    await cli(editorLibrary, 'import', first);
    await cli(reporterLibrary, 'set-status', id, 'submitted');
    await cli(editorLibrary, 'set-status', id, 'spiked', '--by', 'Chef Ndiaye', '--role', 'editor');
    const second = join(folder, 'second.copydesk');
    await cli(editorLibrary, 'package', id, '--out', second);
    expect(await cli(reporterLibrary, 'import', second)).toMatchObject({
      code: 0,
      stdout: `${id} conflict\n`,
    });
    expect(statusOf(reporterLibrary, id).status).toBe('submitted');
  });

  it('refuses a damaged package with its reason, exit 1, writing nothing', async () => {
    await cli(editorLibrary, 'init');
    const text = join(folder, 'a.txt');
    writeFileSync(text, 'Titre\n\nTexte.\n');
    const bad = join(folder, 'bad.copydesk');
    writeFileSync(bad, `PK\u0003\u0004${'not really a zip '.repeat(8)}`);
    expect(await cli(editorLibrary, 'import', text, bad)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'copydesk: bad.copydesk: This package is damaged or is not a Copydesk package (no ZIP directory).\n',
    });
    const opened = openLibrary(editorLibrary, { create: false });
    try {
      expect(opened.list({}).total).toBe(0);
    } finally {
      opened.close();
    }
  });

  it('needs --out', async () => {
    const result = await cli(reporterLibrary, 'package', '0b7f4a52-5c1e-4d4f-9a59-2f1f8d1f6c11');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'package' needs --out FILE");
  });
});
