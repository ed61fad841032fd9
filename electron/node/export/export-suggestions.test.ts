import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../library/library';
import { openLibrary } from '../library/open-library';
import { exportArticles } from './export-articles';

let folder: string;
let library: Library;
let outDir: string;
const base = {
  images: 'folder',
  stylesheet: true,
  gutenberg: false,
  nofollow: false,
  ignoreEmbargo: false,
} as const;
const signed = (id: string) => ({ id, author: 'Jean', at: '2025-03-01T10:00:00.000Z' });

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-export-suggestions-'));
  library = openLibrary(path.join(folder, 'library'), { create: true });
  outDir = path.join(folder, 'out');
});
afterEach(() => {
  library.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const createSuggested = () =>
  library.create(
    {
      headline: 'Conseil municipal',
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Le maire ' },
              {
                type: 'text',
                text: 'a',
                marks: [{ type: 'suggestionDeletion', attrs: signed('d1') }],
              },
              {
                type: 'text',
                text: 'avait',
                marks: [{ type: 'suggestionInsertion', attrs: signed('i1') }],
              },
              { type: 'text', text: ' annoncé la nouvelle.' },
            ],
          },
        ],
      },
    },
    { name: 'Camille Martin' },
  );

describe('exporting an article with pending suggestions', { timeout: 60_000 }, () => {
  it.each(['md', 'html', 'html-fragment'] as const)(
    '%s holds the original text by default',
    async (format) => {
      const article = createSuggested();
      const [file] = await exportArticles({ library, ids: [article.id], format, outDir, ...base });
      const text = fs.readFileSync(file!, 'utf8');
      expect(text).toContain('Le maire a annoncé la nouvelle.');
      expect(text).not.toContain('avait');
      expect(text).not.toMatch(/<ins|<del|data-suggestion/);
    },
  );

  it('holds the final text when asked', async () => {
    const article = createSuggested();
    const [file] = await exportArticles({
      library,
      ids: [article.id],
      format: 'md',
      outDir,
      suggestions: 'final',
      ...base,
    });
    expect(fs.readFileSync(file!, 'utf8')).toContain('Le maire avait annoncé la nouvelle.');
  });
});
