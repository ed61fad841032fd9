import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Library } from '../library/library';
import { appErrorOf } from '../library/testing/app-error-of';
import { openTestLibrary } from '../library/testing/open-test-library';
import { testClock } from '../library/testing/test-clock';
import { addAsset, assetsFolder } from '../assets/asset-store';
import { samplePng } from '../assets/testing/sample-images';
import { exportSchema } from '../../../shared/export/export-schema';
import { importPackage } from './import-package';
import { editorActor, packageDesk, reporterActor } from './testing/package-desk';
import { reviewBody } from './testing/review-article';
import {
  asFormatOne,
  jsonBytes,
  parseBytes,
  rewriteArticle,
  rewritePackage,
  zipEntries,
} from './testing/rewrite-package';

/** A genuine package of an article with an image, from another library. */
const genuinePackage = async (): Promise<Uint8Array> => {
  const clock = testClock();
  const source = openTestLibrary({ now: clock.now });
  const image = addAsset(source.path, samplePng(2, 2, 3), 'image/png');
  const { id } = source.create(
    { headline: 'Crue à Kayes', body: reviewBody(image.src) },
    reporterActor,
  );
  return packageDesk(clock).send(source, id, reporterActor);
};

/** The central directory's declared size of `name`, patched to `size`. */
const declareSize = (bytes: Uint8Array, name: string, size: number): Uint8Array => {
  const patched = Uint8Array.from(bytes);
  const view = new DataView(patched.buffer);
  const nameBytes = new TextEncoder().encode(name);
  for (let at = 0; at + 46 < patched.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const candidate = patched.subarray(at + 46, at + 46 + view.getUint16(at + 28, true));
    if (Buffer.from(candidate).equals(Buffer.from(nameBytes))) view.setUint32(at + 24, size, true);
  }
  return patched;
};

const nothingWritten = (library: Library): void => {
  expect(library.list({}).total).toBe(0);
  expect(library.list({ trash: true }).total).toBe(0);
  const folder = assetsFolder(library.path);
  expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
};

const refusal = (bytes: Uint8Array): string => {
  const library = openTestLibrary();
  const error = appErrorOf(() => importPackage(library, bytes, editorActor));
  nothingWritten(library);
  return error.message;
};

describe('hostile packages', () => {
  it('refuses a package of a newer format version with the update message', async () => {
    const bytes = rewritePackage(await genuinePackage(), (entries) => {
      entries['manifest.json'] = jsonBytes({
        ...parseBytes(entries['manifest.json']),
        formatVersion: 4,
      });
    });
    expect(refusal(bytes)).toBe(
      'This package was made by a newer version of Copydesk (format 4); update Copydesk to open it.',
    );
  });

  it('refuses entries that climb out, start at the root or use backslashes', async () => {
    const genuine = await genuinePackage();
    for (const [name, message] of [
      ['../x', 'points outside it'],
      ['assets/../../x', 'points outside it'],
      ['/etc/x', 'absolute path'],
      ['C:/x', 'absolute path'],
      ['assets\\x.png', 'backslash'],
      ['notes.txt', 'unknown entry'],
    ]) {
      const bytes = rewritePackage(genuine, (entries) => {
        entries[name!] = new Uint8Array([1]);
      });
      expect(refusal(bytes)).toContain(message);
    }
  });

  it('refuses an entry declaring 200 MB before inflating anything', async () => {
    const bytes = declareSize(await genuinePackage(), 'article.json', 200 * 1024 * 1024);
    expect(refusal(bytes)).toContain('is too large (200 MB; the limit is 50 MB)');
  });

  it('refuses an entry that inflates beyond what it declares', async () => {
    const bytes = declareSize(await genuinePackage(), 'history.json', 10);
    expect(refusal(bytes)).toMatch(
      /larger than it declares|does not have the size its manifest gives/,
    );
  });

  it('refuses 10,000 entries', () => {
    const entries: Record<string, Uint8Array> = {};
    for (let index = 0; index < 10_000; index += 1) entries[`assets/${index}`] = new Uint8Array(0);
    expect(refusal(zipEntries(entries))).toBe(
      'This package holds too many entries (10000; the limit is 500).',
    );
  });

  it('refuses malformed JSON, a schema mismatch and deep nesting', async () => {
    const genuine = await genuinePackage();
    const malformed = rewritePackage(genuine, (entries) => {
      entries['article.json'] = new TextEncoder().encode('{"headline": ');
    });
    expect(refusal(malformed)).toBe("The package's article.json is not valid JSON.");
    const wrongSchema = rewriteArticle(genuine, (article) => {
      article.status = 'printed';
    });
    expect(refusal(wrongSchema)).toContain(
      "The package's article.json does not match the package format at status",
    );
    const extraField = rewriteArticle(genuine, (article) => {
      article.isAdmin = true;
    });
    expect(refusal(extraField)).toContain('does not match the package format');
    const deep = rewritePackage(genuine, (entries) => {
      entries['history.json'] = new TextEncoder().encode(
        `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      );
    });
    expect(refusal(deep)).toBe("The package's history.json is nested too deeply.");
  });

  it('refuses a body that does not fit the editor schema', async () => {
    const bytes = rewriteArticle(await genuinePackage(), (article) => {
      article.body = {
        type: 'doc',
        content: [{ type: 'iframe', attrs: { src: 'https://evil.example' } }],
      };
    });
    expect(refusal(bytes)).toContain("The package's article body does not fit the editor's schema");
  });

  it('refuses an image whose bytes do not match its name, or that is not an image', async () => {
    const genuine = await genuinePackage();
    const swapped = rewritePackage(genuine, (entries) => {
      const name = Object.keys(entries).find((entry) => entry.startsWith('assets/'))!;
      entries[name] = samplePng(2, 2, 9);
    });
    expect(refusal(swapped)).toContain('does not match its fingerprint');
    const script = new TextEncoder().encode('<svg onload="alert(1)"/>');
    const { createHash } = await import('node:crypto');
    const name = `${createHash('sha256').update(script).digest('hex')}.png`;
    const notImage = rewritePackage(genuine, (entries) => {
      entries[`assets/${name}`] = script;
      const article = parseBytes(entries['article.json']);
      (article.body as { content: unknown[] }).content.push({
        type: 'figure',
        attrs: { src: `copydesk-asset:${name}` },
      });
      entries['article.json'] = jsonBytes(article);
    });
    expect(refusal(notImage)).toContain('is not a PNG, JPEG, GIF or WebP image');
  });

  it('refuses an entry the manifest does not list, or whose content changed', async () => {
    const genuine = await genuinePackage();
    const { unzipSync } = await import('fflate');
    const entries: Record<string, Uint8Array> = unzipSync(genuine);
    const article = parseBytes(entries['article.json']);
    entries['article.json'] = jsonBytes({ ...article, headline: 'Changed after packaging' });
    expect(refusal(zipEntries(entries))).toMatch(
      /does not have the size its manifest gives|does not match its fingerprint/,
    );
  });

  it('neutralises a javascript: link and keeps a <script> headline as plain text (format 1)', async () => {
    const bytes = rewriteArticle(asFormatOne(await genuinePackage()), (article) => {
      article.headline = '<script>alert(1)</script>';
      article.body = {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'cliquez',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
        ],
      };
    });
    const library = openTestLibrary();
    const { article } = importPackage(library, bytes, editorActor);
    expect(article.headline).toBe('<script>alert(1)</script>');
    expect(library.get(article.id).body).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cliquez' }] }],
    });
  });

  it('cleans its one-line fields as typed ones: no bidi override, control character or newline (format 1)', async () => {
    const bytes = rewriteArticle(asFormatOne(await genuinePackage()), (article) => {
      article.headline = 'Crue\u202e\nà\u0007 Kayes';
      article.standfirst = 'Le fleuve\r\nmonte\u2066';
      article.slug = 'crue\u0000-kayes';
      article.section = '\u202aMonde\t';
      article.tags = ['Mali\u200f', '\u202e', 'crue\nfleuve'];
      article.bylines = [
        { name: 'Awa\u202e Traoré', role: 'author', affiliation: 'AFP\n' },
        { name: '\u2067', role: 'photographer' },
      ];
      article.dateline = { place: 'Kayes\u0085', date: '' };
    });
    const library = openTestLibrary();
    const { article } = importPackage(library, bytes, editorActor);
    expect(library.get(article.id)).toMatchObject({
      headline: 'Crue à Kayes',
      standfirst: 'Le fleuve monte',
      slug: 'crue-kayes',
      section: 'Monde',
      tags: ['Mali', 'crue fleuve'],
      bylines: [{ name: 'Awa Traoré', role: 'author', affiliation: 'AFP' }],
      dateline: { place: 'Kayes', date: '' },
    });
  });

  it('fits a body with repeated marks and a heading opening a list item to the schema (format 1)', async () => {
    const bytes = rewriteArticle(asFormatOne(await genuinePackage()), (article) => {
      article.body = {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Urgent', marks: [{ type: 'bold' }, { type: 'bold' }] },
            ],
          },
          {
            type: 'bulletList',
            content: [
              {
                type: 'listItem',
                content: [
                  {
                    type: 'heading',
                    attrs: { level: 2 },
                    content: [{ type: 'text', text: 'Bilan' }],
                  },
                ],
              },
            ],
          },
        ],
      };
    });
    const library = openTestLibrary();
    const { article } = importPackage(library, bytes, editorActor);
    const body = exportSchema().nodeFromJSON(library.get(article.id).body);
    expect(() => body.check()).not.toThrow();
    expect(body.toString()).toBe(
      'doc(paragraph(bold("Urgent")), bulletList(listItem(paragraph("Bilan"))))',
    );
  });

  it('refuses a file that is not a ZIP at all', () => {
    expect(refusal(new TextEncoder().encode('# Markdown'))).toBe(
      'This file is not a Copydesk package.',
    );
  });

  it('accepts the genuine package (the checks above refuse only what they name)', async () => {
    const library = openTestLibrary();
    expect(importPackage(library, await genuinePackage(), editorActor).outcome).toBe('added');
    expect(library.list({}).items.map((item) => item.headline)).toEqual(['Crue à Kayes']);
  });
});
