import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../node/library/open-library';
import { storeUnfitBody } from '../node/export/testing/store-unfit-body';
import { runCli } from './testing/run-cli';

let folder: string;
let library: string;
let out: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-cli-export-'));
  library = join(folder, 'library');
  out = join(folder, 'out');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { role: 'editor' });

/** Three articles: two drafts and one submitted; the last one optionally under embargo. */
const seed = (embargo: string | null = null): string[] => {
  const opened = openLibrary(library, { create: true });
  try {
    const actor = { name: 'Aminata Diallo' };
    const body = (text: string) => ({
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    });
    const a = opened.create(
      { headline: 'Élection à Kayes', body: body('Les électeurs ont voté.') },
      actor,
    );
    const b = opened.create(
      { headline: 'Marché de Thiès', body: body('Les maraîchères vendent.') },
      actor,
    );
    const c = opened.create(
      { headline: 'Festival de Tanger', embargo, body: body('Le jury délibère.') },
      actor,
    );
    opened.setStatus(
      { id: b.id, baseRevision: b.revision, status: 'submitted', note: '' },
      { ...actor, role: 'reporter' },
    );
    return [a.id, b.id, c.id];
  } finally {
    opened.close();
  }
};

describe('copydesk export', { timeout: 60_000 }, () => {
  it('exports the given ids to Markdown and prints each file written', async () => {
    const [a, b] = seed();
    const result = await cli('export', a!, b!, '--format', 'md', '--out', out);
    expect(result).toEqual({
      code: 0,
      stdout: `${join(out, 'election-a-kayes.md')}\n${join(out, 'marche-de-thies.md')}\n`,
      stderr: '',
    });
    expect(readFileSync(join(out, 'marche-de-thies.md'), 'utf8')).toContain(
      'Les maraîchères vendent.',
    );
  });

  it('refuses to replace a file already in the folder unless --force, and says so', async () => {
    const [a] = seed();
    const file = join(out, 'election-a-kayes.md');
    expect((await cli('export', a!, '--format', 'md', '--out', out)).code).toBe(0);
    const refused = await cli('export', a!, '--format', 'md', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('election-a-kayes.md');
    expect(refused.stderr).toContain('--force');
    const forced = await cli('export', a!, '--format', 'md', '--out', out, '--force');
    expect(forced).toMatchObject({ code: 0, stdout: `${file}\n` });
    expect(readdirSync(out)).toEqual(['election-a-kayes.md']);
  });

  it('--status picks the articles of one status; --all every one, here as one WXR file', async () => {
    seed();
    const submitted = await cli(
      'export',
      '--status',
      'submitted',
      '--format',
      'html',
      '--out',
      out,
    );
    expect(submitted.stdout).toBe(`${join(out, 'marche-de-thies.html')}\n`);
    const all = await cli('export', '--all', '--format', 'wxr', '--out', join(out, 'wp'));
    expect(all.code).toBe(0);
    const [file] = all.stdout.trim().split('\n');
    expect(file).toMatch(/copydesk-export-\d{4}-\d{2}-\d{2}\.xml$/);
    expect(readFileSync(file!, 'utf8').match(/<item>/g)).toHaveLength(3);
  });

  it('refuses the whole batch when one article is under embargo, unless --ignore-embargo', async () => {
    const ids = seed(new Date(Date.now() + 86_400_000).toISOString());
    const refused = await cli('export', ...ids, '--format', 'docx', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /"Festival de Tanger" is under embargo until .*; confirm to export/,
    );
    expect(existsSync(out)).toBe(false);
    const forced = await cli(
      'export',
      ...ids,
      '--format',
      'docx',
      '--out',
      out,
      '--ignore-embargo',
    );
    expect(forced.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'election-a-kayes.docx',
      'festival-de-tanger.docx',
      'marche-de-thies.docx',
    ]);
  });

  it('reports usage mistakes with exit code 2 and writes nothing', async () => {
    const [a] = seed();
    for (const args of [
      ['export', a!, '--out', out],
      ['export', a!, '--format', 'pdf', '--out', out],
      ['export', a!, '--format', 'md'],
      ['export', '--format', 'md', '--out', out],
      ['export', a!, '--all', '--format', 'md', '--out', out],
      ['export', a!, '--format', 'md', '--out', out, '--images', 'inline'],
    ]) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^copydesk: /);
    }
    expect((await cli('export', 'not-an-id', '--format', 'md', '--out', out)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('writes every other article when one cannot be exported, names it on stderr, exits 1', async () => {
    const [a, b, c] = seed();
    storeUnfitBody(library, b!);
    const markdown = await cli('export', '--all', '--format', 'md', '--out', out);
    expect(markdown.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['election-a-kayes.md', 'festival-de-tanger.md']);
    expect(markdown.stdout.trim().split('\n').sort()).toEqual([
      join(out, 'election-a-kayes.md'),
      join(out, 'festival-de-tanger.md'),
    ]);
    expect(markdown.stderr).toMatch(/^error: "Marché de Thiès" was not exported: .*bold,bold/);
    expect(markdown.stderr).toContain('1 of 3 articles could not be exported');
    const wxr = await cli('export', a!, b!, c!, '--format', 'wxr', '--out', join(out, 'wp'));
    expect(wxr.code).toBe(1);
    expect(wxr.stderr).toContain('"Marché de Thiès" was not exported');
    const [file] = wxr.stdout.trim().split('\n');
    const xml = readFileSync(file!, 'utf8');
    expect(xml).toContain('Les électeurs ont voté.');
    expect(xml).not.toContain('Marché de Thiès');
  });
});
