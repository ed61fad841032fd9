import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { importFile, importMaxBytes } from './import-file';

const folder = mkdtempSync(join(tmpdir(), 'copydesk-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const write = (name: string, content: string | Uint8Array): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
const sample = 'Élection à Thiès\r\n\r\nLes électeurs ont voté.\r\nDeuxième ligne.\r\n';
const expectedBody = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Les électeurs ont voté.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Deuxième ligne.' },
      ],
    },
  ],
};

describe('importFile decoding', () => {
  it.each([
    ['UTF-8', Buffer.from(sample, 'utf8')],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]),
    ],
    [
      'UTF-16 LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]),
    ],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(sample)])],
    ['Windows-1252', Buffer.from(sample, 'latin1')],
  ])('reads %s with CRLF line ends', async (label, bytes) => {
    const draft = await importFile(write(`${label}.txt`, bytes));
    expect(draft.headline).toBe('Élection à Thiès');
    expect(draft.body).toEqual(expectedBody);
  });

  it('removes NUL bytes without truncating', async () => {
    const draft = await importFile(write('nul.txt', 'Titre\u0000 ici\n\nLa\u0000 suite.'));
    expect(draft.headline).toBe('Titre ici');
    expect(JSON.stringify(draft.body)).toContain('La suite.');
  });
});

describe('importFile formats', () => {
  it('Markdown: first # heading is the headline and leaves the body; lists, links and emphasis kept', async () => {
    const path = write(
      'article.md',
      '# Le titre\n\nUn **gras** et *italique* avec [un lien](https://example.org).\n\n## Intertitre\n\n- un\n- deux\n',
    );
    const draft = await importFile(path);
    expect(draft.headline).toBe('Le titre');
    expect(draft.body.content?.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'bulletList',
    ]);
    expect(draft.body.content?.[1]?.attrs).toEqual({ level: 2 });
    expect(JSON.stringify(draft.body)).toContain('"href":"https://example.org/"');
  });

  it('Markdown: front matter title wins and the block is not part of the body', async () => {
    const draft = await importFile(
      write('front.md', '---\ntitle: "Le vrai titre"\ntags: [a]\n---\n\n# Autre\n\nTexte.\n'),
    );
    expect(draft.headline).toBe('Le vrai titre');
    expect(JSON.stringify(draft.body)).not.toContain('tags');
    expect(draft.body.content?.[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Autre' }],
    });
  });

  it('Markdown: code blocks keep their text although the schema has no code node; tables stay tables', async () => {
    const draft = await importFile(
      write(
        'code.md',
        '```js\nconst a = 1;\nconst b = 2;\n```\n\n| A | B |\n|---|---|\n| c | d |\n',
      ),
    );
    expect(JSON.stringify(draft.body)).toContain('const a = 1;');
    expect(JSON.stringify(draft.body)).toContain('"type":"tableCell"');
  });

  it('HTML: headline from <title> when there is no <h1>', async () => {
    const draft = await importFile(
      write(
        'page.html',
        '<html><head><title>Titre &amp; page</title></head><body><p>Texte.</p></body></html>',
      ),
    );
    expect(draft.headline).toBe('Titre & page');
    expect(draft.body.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Texte.' }] },
    ]);
  });

  it('refuses files over 20 MB with a clear message', async () => {
    const path = write('huge.txt', Buffer.alloc(importMaxBytes + 1, 0x61));
    await expect(importFile(path)).rejects.toThrow(/huge\.txt.*20 MB/);
    await expect(importFile(path)).rejects.toHaveProperty('code', 'invalid');
  });

  it('refuses unsupported extensions and missing files, naming them', async () => {
    const docx = importFile(write('notes.pages', 'PK'));
    await expect(docx).rejects.toThrow(/notes\.pages/);
    await expect(docx).rejects.toHaveProperty('code', 'invalid');
    const absent = importFile(join(folder, 'absent.md'));
    await expect(absent).rejects.toThrow(/absent\.md/);
    await expect(absent).rejects.toHaveProperty('code', 'not_found');
  });
});
