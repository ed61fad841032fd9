import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../open-library';
import { paragraphs, reporter } from '../testing/open-test-library';
import { temporaryFolder } from '../testing/temporary-folder';

const probe = fileURLToPath(new URL('../testing/read-only-probe.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const nobody = 65_534;
const runningAsRoot = process.getuid?.() === 0;

/**
 * Root ignores permissions, so as root the library is opened by a child process running as the
 * unprivileged user `nobody`; otherwise in this process.
 */
const openAsReader = (folder: string): unknown => {
  if (!runningAsRoot) {
    const library = openLibrary(folder, { create: false });
    try {
      let saveError: string | null = null;
      try {
        library.create({ headline: 'Refusé' }, reporter);
      } catch (error) {
        saveError = (error as { code?: string }).code ?? String(error);
      }
      return {
        info: library.info(),
        headlines: library.list({}).items.map((item) => item.headline),
        found: library.list({ text: 'lecture' }).total,
        saveError,
      };
    } finally {
      library.close();
    }
  }
  const child = spawnSync(process.execPath, ['--import', 'tsx', probe, folder], {
    cwd: repositoryRoot,
    uid: nobody,
    gid: nobody,
    encoding: 'utf8',
    env: { ...process.env, HOME: '/tmp' },
  });
  if (child.status !== 0) throw new Error(`probe failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as unknown;
};

describe('a read-only library folder', () => {
  it('opens for reading with a reason; saving is refused and the files stay unchanged', () => {
    const parent = temporaryFolder();
    fs.chmodSync(parent, 0o755);
    const folder = path.join(parent, 'library');
    const library = openLibrary(folder, { create: true });
    library.create({ headline: 'Lecture seule', body: paragraphs('Texte de lecture.') }, reporter);
    library.close();
    const before = fs.readFileSync(path.join(folder, 'library.sqlite'));
    fs.chmodSync(folder, 0o555);
    try {
      const result = openAsReader(folder);
      expect(result).toMatchObject({
        info: {
          readOnly: true,
          readOnlyReason: expect.stringMatching(/folder is read-only/) as unknown,
        },
        headlines: ['Lecture seule'],
        found: 1,
        saveError: 'read_only',
      });
    } finally {
      fs.chmodSync(folder, 0o755);
    }
    expect(fs.readFileSync(path.join(folder, 'library.sqlite')).equals(before)).toBe(true);
    expect(fs.readdirSync(folder)).toEqual(['library.sqlite']);
  });
});
