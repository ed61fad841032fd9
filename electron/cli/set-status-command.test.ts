import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/model/role';
import { openLibrary } from '../node/library/open-library';
import { runCli } from './testing/run-cli';

let folder: string;
let library: string;
let settingsRole: Role;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-set-status-'));
  library = join(folder, 'library');
  settingsRole = 'reporter';
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  runCli(['--library', library, ...args], { author: 'Awa Diop', role: settingsRole });

const importArticle = async (): Promise<string> => {
  await cli('init');
  const path = join(folder, 'article.txt');
  writeFileSync(path, 'Crue du fleuve à Kayes\n\nLe niveau monte.\n');
  return (await cli('import', path)).stdout.trim();
};

const log = (id: string) => {
  const opened = openLibrary(library, { create: false });
  try {
    return {
      status: opened.get(id).status,
      changes: opened.statusLog(id).map(({ to, by, role }) => [to, by, role]),
    };
  } finally {
    opened.close();
  }
};

describe('copydesk set-status --role', () => {
  it('refuses what the role may not do: exit 1, the reason on stderr, nothing written', async () => {
    const id = await importArticle();
    await cli('set-status', id, 'submitted');
    const refused = await cli(
      'set-status',
      id,
      'approved',
      '--by',
      'Awa Diop',
      '--role',
      'reporter',
    );
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr: 'copydesk: A reporter may not move an article from submitted to approved.\n',
    });
    expect(log(id).status).toBe('submitted');
  });

  it('applies the rules to the given role and records it', async () => {
    const id = await importArticle();
    await cli('set-status', id, 'submitted', '--note', 'Prêt');
    expect(
      await cli(
        'set-status',
        id,
        'approved',
        '--by',
        'Chef Ndiaye',
        '--role',
        'editor',
        '--override-reason',
        'Dépêche urgente',
      ),
    ).toMatchObject({
      code: 0,
      stdout: `${id}: submitted -> approved\n`,
    });
    await cli(
      'set-status',
      id,
      'published',
      '--by',
      'Fatou Sarr',
      '--role',
      'chief_editor',
      '--override-reason',
      'Dépêche urgente',
    );
    expect(log(id).changes).toEqual([
      ['draft', 'Awa Diop', null],
      ['submitted', 'Awa Diop', 'reporter'],
      ['approved', 'Chef Ndiaye', 'editor'],
      ['published', 'Fatou Sarr', 'chief_editor'],
    ]);
  });

  it('refuses to approve an article that fails readiness checks, unless an editor overrides', async () => {
    const id = await importArticle();
    await cli('set-status', id, 'submitted');
    expect(await cli('set-status', id, 'approved', '--role', 'editor')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'copydesk: The article is not ready to be approved: failed checks standfirst_present, byline_present.\n',
    });
    expect(log(id).status).toBe('submitted');
    const overridden = await cli(
      'set-status',
      id,
      'approved',
      '--role',
      'editor',
      '--override-reason',
      'Brève',
    );
    expect(overridden.code).toBe(0);
    const opened = openLibrary(library, { create: false });
    try {
      expect(opened.statusLog(id).at(-1)?.note).toBe(
        'Override: Brève (failed: standfirst_present, byline_present)',
      );
    } finally {
      opened.close();
    }
  });

  it('uses the settings role when --role is not given', async () => {
    const id = await importArticle();
    settingsRole = 'editor';
    expect((await cli('set-status', id, 'spiked')).code).toBe(0);
    expect(log(id).changes.at(-1)).toEqual(['spiked', 'Awa Diop', 'editor']);
  });

  it('refuses an unknown role as a usage error', async () => {
    const id = await importArticle();
    const result = await cli('set-status', id, 'submitted', '--role', 'publisher');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'unknown role "publisher" (use one of: reporter, editor, chief_editor)',
    );
    expect(log(id).status).toBe('draft');
  });
});
