import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { assetSource, goldenArticle } from '../../../shared/export/testing/golden-article';
import type { Article } from '../../../shared/model/article';
import { samplePng } from '../assets/testing/sample-images';
import { renderArticleDocx } from './render-docx';

const png = samplePng(1200, 600);
const readAsset = (source: string) => (source === assetSource ? png : null);

const unzip = async (bytes: Uint8Array) => {
  const zip = await JSZip.loadAsync(bytes);
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return {
    names: Object.keys(zip.files),
    document: await text('word/document.xml'),
    get plain() {
      return this.document.replace(/<[^>]+>/g, '');
    },
    relationships: await text('word/_rels/document.xml.rels'),
    numbering: await text('word/numbering.xml'),
    styles: await text('word/styles.xml'),
  };
};

const hostile: Article = {
  ...goldenArticle,
  headline: '<script>alert(1)</script> & « test »',
  body: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'clic',
            marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
          },
          { type: 'text', text: ' ou ' },
          {
            type: 'text',
            text: 'partage',
            marks: [{ type: 'link', attrs: { href: '\\\\host\\share' } }],
          },
        ],
      },
    ],
  },
};

describe('renderArticleDocx', () => {
  it('writes the header, headings, marks, lists, quotes, table and figure as Word structures', async () => {
    const docx = await unzip(await renderArticleDocx(goldenArticle, readAsset));
    const { document } = docx;
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('Grève\u00a0: « la mobilisation continue\u202f»');
    expect(document).toContain('<w:pStyle w:val="Standfirst"/>');
    expect(document).toContain('Camille Martin (Service France), photos\u202f: Léa Dubois');
    expect(document).toMatch(/Marseille, 7 mars 2024/);
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toContain('<w:pStyle w:val="Heading3"/>');
    expect(document).toContain('Un parcours sous tension');
    expect(document).toMatch(/<w:b\/>.*la CGT/);
    expect(document).toMatch(/<w:vertAlign w:val="superscript"\/>.*er</);
    expect(document).toMatch(/<w:vertAlign w:val="subscript"\/>.*2</);
    expect(document).toContain('<w:pStyle w:val="PullQuote"/>');
    expect(document).toContain('— Une manifestante, enseignante');
    expect(document).toContain('<w:pStyle w:val="Quote"/>');
    expect(document).toContain('<w:tbl>');
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('40\u202f000');
    expect(document).toContain('<w:pStyle w:val="Caption"/>');
    expect(docx.plain).toContain('Le cortège, jeudi matin. Léa Dubois / Copydesk');
    expect(document).not.toContain('NOTE-INTERNE');
    expect(docx.names.some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect(document).toMatch(/<wp:docPr [^>]*descr="Le cortège sur la Canebière"/);
    // The bullet list holds an ordered list starting at 3, one level down.
    expect(docx.numbering).toContain('<w:start w:val="3"/>');
    expect(document.match(/<w:ilvl w:val="1"\/>/g)).toHaveLength(2);
  });

  it('links only allowed URLs, as external hyperlink relationships', async () => {
    const golden = await unzip(await renderArticleDocx(goldenArticle, readAsset));
    expect(golden.relationships).toContain(
      'Target="https://www.example.org/rapport?annee=2024&amp;page=2" TargetMode="External"',
    );
    expect(golden.relationships).toContain('Target="mailto:redaction@example.org"');
    expect(golden.document.match(/<w:hyperlink /g)).toHaveLength(2);

    const docx = await unzip(await renderArticleDocx(hostile, readAsset));
    expect(docx.relationships).not.toMatch(/javascript|share/i);
    expect(docx.document).not.toContain('<w:hyperlink');
    expect(docx.document).toContain('clic');
    expect(docx.document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; « test »');
  });

  it('sets body text at 12 pt, with headings above it', async () => {
    const { styles, document } = await unzip(await renderArticleDocx(goldenArticle, readAsset));
    const halfPoints = (xml: string | undefined) =>
      Number(/<w:sz w:val="(\d+)"/.exec(xml ?? '')?.[1]);
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0];
    const body = halfPoints(/<w:rPrDefault>.*?<\/w:rPrDefault>/.exec(styles)?.[0]);
    expect(body / 2).toBeGreaterThanOrEqual(11);
    expect(body / 2).toBeLessThanOrEqual(12);
    expect(document).not.toContain('<w:sz ');
    expect(halfPoints(style('Heading3'))).toBeGreaterThan(body);
    expect(halfPoints(style('Heading2'))).toBeGreaterThan(halfPoints(style('Heading3')));
  });

  it('keeps caption and credit when the image is missing from the library', async () => {
    const docx = await unzip(await renderArticleDocx(goldenArticle, () => null));
    expect(docx.names.some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(docx.plain).toContain('Le cortège, jeudi matin. Léa Dubois / Copydesk');
  });

  const soffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], {
    encoding: 'utf8',
  }).stdout.trim();
  it.skipIf(soffice === '')(
    'LibreOffice converts it headless to PDF (skipped when LibreOffice is not installed)',
    async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-docx-'));
      try {
        const input = path.join(folder, 'article.docx');
        fs.writeFileSync(input, await renderArticleDocx(goldenArticle, readAsset));
        execFileSync(
          soffice,
          [
            `-env:UserInstallation=file://${folder}/profile`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            folder,
            input,
          ],
          { stdio: 'pipe', timeout: 120_000 },
        );
        expect(fs.readFileSync(path.join(folder, 'article.pdf')).subarray(0, 5).toString()).toBe(
          '%PDF-',
        );
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
