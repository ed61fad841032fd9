import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../node/library/open-library';
import { commands } from './commands';
import { runCli } from './testing/run-cli';

let folder: string;
let library: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  library = join(folder, 'library');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { env });

const file = (name: string, content: string): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

const importSamples = async (): Promise<string[]> => {
  await cli(['--library', library, 'init']);
  const result = await cli([
    '--library',
    library,
    'import',
    file('a.txt', 'Élection à Kayes\n\nLes électeurs ont voté dimanche.\n'),
    file('b.md', '# Marché de Thiès\n\nLes **maraîchères** vendent.\n'),
    file('c.html', '<h1>Festival de Tanger</h1><p>Le jury délibère.</p>'),
  ]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return result.stdout.trim().split('\n');
};

const articleCount = (): number => {
  const opened = openLibrary(library, { create: false });
  try {
    return opened.stats().articles;
  } finally {
    opened.close();
  }
};

describe('copydesk init and import', () => {
  it('init creates a library and is idempotent', async () => {
    expect(await cli(['--library', library, 'init'])).toEqual({
      code: 0,
      stdout: `Library ready at ${library}\n`,
      stderr: '',
    });
    expect((await cli(['init'], { COPYDESK_LIBRARY: library })).code).toBe(0);
    expect(articleCount()).toBe(0);
  });

  it('import prints one new id per line, for text, Markdown and HTML', async () => {
    const ids = await importSamples();
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const shown = JSON.parse(
      (await cli(['--library', library, 'show', ids[1]!, '--json'])).stdout,
    ) as {
      headline: string;
    };
    expect(shown.headline).toBe('Marché de Thiès');
  });

  it('import writes nothing when one file fails, and names that file', async () => {
    await cli(['--library', library, 'init']);
    const result = await cli([
      '--library',
      library,
      'import',
      file('good.txt', 'Titre\n\nTexte.'),
      join(folder, 'missing.md'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^copydesk: .*missing\.md/);
    expect(articleCount()).toBe(0);
  });

  it('imports a folder by batches, subfolders included, naming the files it skips', async () => {
    await cli(['--library', library, 'init']);
    const source = join(folder, 'articles');
    mkdirSync(join(source, 'sport'), { recursive: true });
    for (let index = 0; index < 205; index += 1)
      writeFileSync(join(source, `${index}.md`), `# Article ${index}\n\nTexte.\n`);
    writeFileSync(join(source, 'sport', 'finale.txt'), 'Finale à Dakar\n\nLe match.\n');
    writeFileSync(join(source, 'notes.json'), '{}');
    // A linked file is imported; a linked folder is not followed (it could lead back here).
    writeFileSync(join(folder, 'elsewhere.md'), '# Ailleurs\n\nLié.\n');
    symlinkSync(join(folder, 'elsewhere.md'), join(source, 'linked.md'));
    symlinkSync(source, join(source, 'sport', 'loop'));
    const result = await cli(['--library', library, 'import', source]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(207);
    expect(result.stderr).toContain('200 articles imported…');
    expect(result.stderr).toContain(`207 articles imported from ${source}.`);
    expect(articleCount()).toBe(207);
    writeFileSync(join(source, 'broken.docx'), 'not a zip');
    const again = await cli(['--library', library, 'import', join(source)]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/skipped .*broken\.docx/);
    expect(articleCount()).toBe(414);
  });

  it('import into a folder without a library fails without creating one', async () => {
    const result = await cli(['--library', library, 'import', file('a.txt', 'Titre')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('There is no Copydesk library');
  });
});

describe('copydesk list, show, search, set-status and stats', () => {
  it('list --json gives summaries with the documented fields; --status filters', async () => {
    const ids = await importSamples();
    const items = JSON.parse(
      (await cli(['--library', library, 'list', '--json'])).stdout,
    ) as Record<string, unknown>[];
    expect(items.map((item) => item.id).sort()).toEqual([...ids].sort());
    for (const item of items) {
      const { id, headline, status, bylines, updatedAt, words } = item;
      expect([typeof id, typeof headline, status, bylines]).toEqual([
        'string',
        'string',
        'draft',
        [],
      ]);
      expect([typeof updatedAt, typeof words]).toEqual(['string', 'number']);
    }
    expect(
      (await cli(['--library', library, 'list', '--status', 'published', '--json'])).stdout,
    ).toBe('[]\n');
    const table = (await cli(['--library', library, 'list'])).stdout;
    expect(table).toMatch(/^ID\s+STATUS\s+UPDATED\s+WORDS\s+HEADLINE/);
    expect(table).toContain('Festival de Tanger');
  });

  it('show prints metadata and plain text, or JSON with the Tiptap body', async () => {
    const [id] = await importSamples();
    const text = await cli(['--library', library, 'show', id!]);
    expect(text.stdout).toContain('Headline: Élection à Kayes');
    expect(text.stdout).toContain('Les électeurs ont voté dimanche.');
    const json = JSON.parse((await cli(['--library', library, 'show', id!, '--json'])).stdout) as {
      body: { type: string };
      words: number;
      bylines: unknown[];
      updatedAt: string;
    };
    expect(json.body.type).toBe('doc');
    expect(json.words).toBeGreaterThan(0);
  });

  it('search finds accent-insensitively, with snippets as [brackets] or in JSON', async () => {
    const [id] = await importSamples();
    const json = JSON.parse(
      (await cli(['--library', library, 'search', 'electeurs', '--json'])).stdout,
    ) as {
      id: string;
      snippet: string;
      words: number;
    }[];
    expect(json.map((item) => item.id)).toEqual([id]);
    expect(json[0]!.snippet).toContain('\ue000');
    const text = (await cli(['--library', library, 'search', 'electeurs'])).stdout;
    expect(text).toContain('[électeurs]');
    expect(text).not.toContain('\ue000');
  });

  it('set-status records who, from, to and the note', async () => {
    const [id] = await importSamples();
    const result = await cli([
      '--library',
      library,
      'set-status',
      id!,
      'submitted',
      '--note',
      'Relu',
    ]);
    expect(result).toEqual({ code: 0, stdout: `${id}: draft -> submitted\n`, stderr: '' });
    await cli([
      '--library',
      library,
      'set-status',
      id!,
      'approved',
      '--by',
      'Chef d’édition',
      '--role',
      'editor',
      '--override-reason',
      'Brève',
    ]);
    const opened = openLibrary(library, { create: false });
    try {
      expect(
        opened.statusLog(id!).map(({ from, to, by, note }) => ({ from, to, by, note })),
      ).toEqual(
        expect.arrayContaining([
          { from: 'draft', to: 'submitted', by: 'Aminata Diallo', note: 'Relu' },
          {
            from: 'submitted',
            to: 'approved',
            by: 'Chef d’édition',
            note: expect.stringMatching(/^Override: Brève \(failed: .+\)$/) as string,
          },
        ]),
      );
    } finally {
      opened.close();
    }
  });

  it('stats counts articles per status and total words', async () => {
    const [id] = await importSamples();
    for (const [status, role] of [
      ['submitted', 'reporter'],
      ['approved', 'editor'],
      ['published', 'editor'],
    ]) {
      await cli([
        '--library',
        library,
        'set-status',
        id!,
        status!,
        '--role',
        role!,
        '--override-reason',
        'Brève',
      ]);
    }
    const stats = JSON.parse((await cli(['--library', library, 'stats', '--json'])).stdout) as {
      byStatus: Record<string, number>;
      totalWords: number;
      articles: number;
    };
    expect(stats.articles).toBe(3);
    expect(stats.byStatus).toMatchObject({ draft: 2, published: 1 });
    expect(stats.totalWords).toBeGreaterThan(0);
    expect((await cli(['--library', library, 'stats'])).stdout).toMatch(/published\s+1/);
  });
});

describe('copydesk errors and help', () => {
  it.each([
    [['list'], /no library/],
    [['--library', 'x'], /no command/],
    [['--library', 'x', 'bogus'], /unknown command 'bogus'/],
    [['--library', 'x', 'list', '--bogus'], /--bogus/],
    [['--bogus', 'list'], /unknown option '--bogus'/],
    [['--library', 'x', 'show'], /needs ID/],
  ])('%j is a usage error (exit 2, message on stderr)', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('refuses a bad id, an unknown id and an unknown status without writing', async () => {
    const [id] = await importSamples();
    const badId = await cli(['--library', library, 'show', 'nope']);
    expect(badId).toMatchObject({ code: 1, stdout: '' });
    expect(badId.stderr).toMatch(/^copydesk: "nope" is not an article id/);
    const unknownId = await cli([
      '--library',
      library,
      'show',
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(unknownId.code).toBe(1);
    expect(unknownId.stderr).toMatch(/^copydesk: /);
    const badStatus = await cli(['--library', library, 'set-status', id!, 'killed']);
    expect(badStatus.code).toBe(2);
    expect(badStatus.stderr).toContain('unknown status "killed"');
    expect(
      (await cli(['--library', library, 'list', '--status', 'draft', '--json'])).stdout,
    ).toContain(id);
  });

  it('refuses a library open elsewhere as "library in use"', async () => {
    await cli(['--library', library, 'init']);
    const opened = openLibrary(library, { create: false });
    try {
      const result = await cli(['--library', library, 'import', file('a.txt', 'Titre')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^copydesk: library in use/);
    } finally {
      opened.close();
    }
    expect(articleCount()).toBe(0);
  });

  it('--help lists the commands, and each command’s options', async () => {
    const global = await cli(['--help']);
    expect(global.code).toBe(0);
    for (const command of commands) expect(global.stdout).toContain(command.name);
    for (const command of commands) {
      const help = await cli([command.name, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: copydesk [--library DIR] ${command.name}`);
      expect(help.stdout).toContain('--library DIR');
      for (const option of Object.keys(command.options))
        expect(help.stdout).toContain(`--${option}`);
    }
  });
});
