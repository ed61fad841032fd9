import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMarkdownArticle } from '../../../shared/export/parse-markdown-article';
import { addAsset } from '../assets/asset-store';
import { samplePng } from '../assets/testing/sample-images';
import type { Library } from '../library/library';
import { openLibrary } from '../library/open-library';
import { exportArticles } from './export-articles';
import { parse as parseYaml } from 'yaml';
import { validateFrontMatter } from '../../../shared/export/markdown-front-matter-schema';
import { typographyProfiles } from '../../../shared/text/typography-profile';
import { parseWireFile } from '../wire/parse-wire-file';
import { wireFixture } from '../wire/testing/wire-fixture';

let folder: string;
let library: Library;
let outDir: string;
const actor = { name: 'Camille Martin' };
const base = {
  images: 'folder',
  stylesheet: true,
  gutenberg: false,
  nofollow: false,
  ignoreEmbargo: false,
} as const;

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-export-articles-'));
  library = openLibrary(path.join(folder, 'library'), { create: true });
  outDir = path.join(folder, 'out');
});
afterEach(() => {
  library.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const createWithFigure = () => {
  const { src } = addAsset(library.path, samplePng(40, 20), 'image/png');
  const article = library.create(
    {
      headline: 'Grève à Marseille',
      body: {
        type: 'doc',
        content: [
          paragraph('Le cortège est parti à 10\u00a0h.'),
          { type: 'figure', attrs: { src, alt: 'Le cortège', caption: 'Jeudi', credit: 'AFP' } },
        ],
      },
    },
    actor,
  );
  return { article, src };
};

describe('exportArticles (in a worker thread)', { timeout: 60_000 }, () => {
  it('writes <slug>.html with its images copied into <slug>_files/, and reports progress', async () => {
    const { article, src } = createWithFigure();
    const other = library.create(
      { headline: 'Grève à Marseille', body: { type: 'doc', content: [paragraph('Deux')] } },
      actor,
    );
    const progress: number[] = [];
    const paths = await exportArticles({
      ...base,
      library,
      ids: [article.id, other.id],
      format: 'html',
      outDir,
      onProgress: ({ done, total }) => progress.push(done * 10 + total),
    });
    expect(paths.map((file) => path.relative(outDir, file))).toEqual([
      `${article.slug}.html`,
      `${other.slug}.html`,
    ]);
    const html = fs.readFileSync(paths[0]!, 'utf8');
    const image = `${article.slug}_files/${src.slice('copydesk-asset:'.length)}`;
    expect(html).toContain(`<img src="${image}" alt="Le cortège">`);
    expect(html).toContain('10\u00a0h');
    expect(fs.readFileSync(path.join(outDir, image))).toEqual(samplePng(40, 20));
    expect(progress).toEqual([12, 22]);
  });

  it('writes Markdown that imports back to the same body', async () => {
    const { article } = createWithFigure();
    const [file] = await exportArticles({
      ...base,
      library,
      ids: [article.id],
      format: 'md',
      outDir,
    });
    const parsed = parseMarkdownArticle(fs.readFileSync(file!, 'utf8'));
    expect(parsed.draft.headline).toBe('Grève à Marseille');
    expect(parsed.draft.body?.content?.[0]).toEqual(library.get(article.id).body.content?.[0]);
    expect(fs.readdirSync(outDir).sort()).toEqual([`${article.slug}.md`, `${article.slug}_files`]);
  });

  it('names the wire item an article was written from in the Markdown front matter', async () => {
    const [wire] = library.wire.store(
      parseWireFile('v1.xml', wireFixture('afp/afp-fr-archives-v1.iso-8859-1.xml')),
      'v1.xml',
    );
    const article = library.wire.take(wire!.id, actor, typographyProfiles['fr-FR']);
    const [file] = await exportArticles({
      ...base,
      library,
      ids: [article.id],
      format: 'md',
      outDir,
    });
    const text = fs.readFileSync(file!, 'utf8');
    expect(text).toContain(
      'source:\n  agency: afp.com\n  credit: AFP\n  item: TX-PAR-SYN01\n  version: 1\n---',
    );
    const yaml = text.slice(4, text.indexOf('\n---\n'));
    expect(validateFrontMatter(parseYaml(yaml)).source).toEqual({
      agency: 'afp.com',
      credit: 'AFP',
      item: 'TX-PAR-SYN01',
      version: 1,
    });
  });

  it('writes one WXR file for the whole set, and .docx files', async () => {
    const { article } = createWithFigure();
    const [wxr] = await exportArticles({
      ...base,
      library,
      ids: [article.id],
      format: 'wxr',
      outDir,
    });
    expect(path.basename(wxr!)).toMatch(/^copydesk-export-\d{4}-\d{2}-\d{2}\.xml$/);
    expect(fs.readFileSync(wxr!, 'utf8')).toContain('<wp:wxr_version>1.2</wp:wxr_version>');
    const [docx] = await exportArticles({
      ...base,
      library,
      ids: [article.id],
      format: 'docx',
      outDir,
    });
    expect(fs.readFileSync(docx!).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a batch holding an article under embargo before writing anything', async () => {
    const free = library.create({ headline: 'Libre' }, actor);
    const embargoed = library.create(
      { headline: 'Résultats', embargo: new Date(Date.now() + 86_400_000).toISOString() },
      actor,
    );
    const request = {
      ...base,
      library,
      ids: [free.id, embargoed.id],
      format: 'md' as const,
      outDir,
    };
    await expect(exportArticles(request)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(exportArticles(request)).rejects.toThrow(
      /"Résultats" is under embargo until .*; confirm to export/,
    );
    expect(fs.existsSync(outDir)).toBe(false);
    expect(await exportArticles({ ...request, ignoreEmbargo: true })).toHaveLength(2);
  });

  it('gives the document, the WordPress fragment and the review copy each their own file', async () => {
    const { article } = createWithFigure();
    const request = { ...base, library, ids: [article.id], outDir, images: 'embed' as const };
    for (const format of ['html', 'html-fragment', 'review-html', 'md'] as const)
      await exportArticles({ ...request, format });
    expect(fs.readdirSync(outDir).sort()).toEqual([
      'greve-a-marseille.fragment.html',
      'greve-a-marseille.html',
      'greve-a-marseille.md',
      'greve-a-marseille.review.html',
    ]);
    expect(fs.readFileSync(path.join(outDir, 'greve-a-marseille.html'), 'utf8')).toMatch(
      /^<!doctype html>/i,
    );
  });

  it('never overwrites a file silently: refuses by default, keeps both or replaces on request', async () => {
    const { article } = createWithFigure();
    const request = { ...base, library, ids: [article.id], outDir, format: 'md' as const };
    const existing = path.join(outDir, 'greve-a-marseille.md');
    fs.mkdirSync(outDir);
    fs.writeFileSync(existing, 'la version du desk');
    await expect(exportArticles(request)).rejects.toMatchObject({ code: 'conflict' });
    await expect(exportArticles(request)).rejects.toThrow(/greve-a-marseille\.md/);
    expect(fs.readdirSync(outDir)).toEqual(['greve-a-marseille.md']);
    const [second] = await exportArticles({ ...request, existing: 'keep-both' });
    const [third] = await exportArticles({ ...request, existing: 'keep-both' });
    expect([path.basename(second!), path.basename(third!)]).toEqual([
      'greve-a-marseille (2).md',
      'greve-a-marseille (3).md',
    ]);
    expect(fs.readFileSync(existing, 'utf8')).toBe('la version du desk');
    await exportArticles({ ...request, existing: 'replace' });
    expect(fs.readFileSync(existing, 'utf8')).toContain('Le cortège est parti');
  });

  it('stops when cancelled and says so', async () => {
    const ids = Array.from(
      { length: 3 },
      (_, index) => library.create({ headline: `Article ${index}` }, actor).id,
    );
    const controller = new AbortController();
    controller.abort();
    await expect(
      exportArticles({ ...base, library, ids, format: 'md', outDir, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
