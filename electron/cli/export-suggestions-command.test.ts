import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../node/library/open-library';
import { runCli } from './testing/run-cli';

let folder: string;
let library: string;
let out: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-cli-export-suggestions-'));
  library = join(folder, 'library');
  out = join(folder, 'out');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['--library', library, ...args], { role: 'editor' });

const signed = { id: 'i1', author: 'Jean', at: '2025-03-01T10:00:00.000Z' };

/** One article with a suggested insertion, one without. */
const seed = (): string[] => {
  const opened = openLibrary(library, { create: true });
  try {
    const actor = { name: 'Aminata Diallo' };
    const suggested = opened.create(
      {
        headline: 'Élection à Kayes',
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Les électeurs ont ' },
                {
                  type: 'text',
                  text: 'massivement ',
                  marks: [{ type: 'suggestionInsertion', attrs: signed }],
                },
                { type: 'text', text: 'voté.' },
              ],
            },
          ],
        },
      },
      actor,
    );
    const clean = opened.create({ headline: 'Marché de Thiès' }, actor);
    return [suggested.id, clean.id];
  } finally {
    opened.close();
  }
};

describe('copydesk export --suggestions', { timeout: 60_000 }, () => {
  it('exports the original text by default and warns once per article with suggestions', async () => {
    const [suggested, clean] = seed();
    const result = await cli('export', suggested!, clean!, '--format', 'md', '--out', out);
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, 'election-a-kayes.md'), 'utf8')).toContain(
      'Les électeurs ont voté.',
    );
    expect(result.stderr.trim().split('\n')).toEqual([
      'warning: "Élection à Kayes" has 1 pending suggestion; exported the original text (--suggestions final accepts them)',
    ]);
  });

  it('exports the final text with --suggestions final', async () => {
    const [suggested] = seed();
    const result = await cli(
      'export',
      suggested!,
      '--format',
      'md',
      '--out',
      out,
      '--suggestions',
      'final',
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, 'election-a-kayes.md'), 'utf8')).toContain(
      'Les électeurs ont massivement voté.',
    );
    expect(result.stderr).toContain('exported the final text');
  });

  it('refuses an unknown mode', async () => {
    const [suggested] = seed();
    const result = await cli(
      'export',
      suggested!,
      '--format',
      'md',
      '--out',
      out,
      '--suggestions',
      'both',
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('unknown suggestions mode "both"');
  });
});
