import { randomBytes } from 'node:crypto';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { goldenArticle } from '../../../shared/export/testing/golden-article';
import type { Article } from '../../../shared/model/article';
import type { TiptapNode } from '../../../shared/model/tiptap-document';
import { renderArticleDocx } from '../export/render-docx';
import { importBytes } from './import-bytes';

const text = (value: string, marks?: TiptapNode['marks']): TiptapNode =>
  marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks };
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const item = (value: string): TiptapNode => ({
  type: 'listItem',
  content: [paragraph(text(value))],
});
const cell = (type: 'tableCell' | 'tableHeader', value: string): TiptapNode => ({
  type,
  content: [paragraph(text(value))],
});

const article: Article = {
  ...goldenArticle,
  headline: 'Grève au port de Marseille',
  body: {
    type: 'doc',
    content: [
      paragraph(
        text('Les dockers '),
        text('votent', [{ type: 'bold' }]),
        text(' la '),
        text('reconduction', [{ type: 'italic' }]),
        text(' selon '),
        text('le syndicat', [{ type: 'link', attrs: { href: 'https://example.org/cgt' } }]),
        text('.'),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('Les revendications')] },
      { type: 'bulletList', content: [item('Salaires'), item('Effectifs')] },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [cell('tableHeader', 'Port'), cell('tableHeader', 'Grévistes')],
          },
          {
            type: 'tableRow',
            content: [cell('tableCell', 'Marseille'), cell('tableCell', '1200')],
          },
        ],
      },
    ],
  },
};

const nodes = (node: TiptapNode): TiptapNode[] => [node, ...(node.content ?? []).flatMap(nodes)];

describe('DOCX import', () => {
  it('imports our own DOCX export: headline, standfirst, heading, marks, list, link and table', async () => {
    const bytes = await renderArticleDocx(article, () => null);
    const draft = await importBytes('greve.docx', bytes);
    expect(draft.headline).toBe('Grève au port de Marseille');
    expect(draft.standfirst).toBe(goldenArticle.standfirst);
    const all = nodes(draft.body);
    const textWith = (mark: string) =>
      all.filter((node) => node.marks?.some((each) => each.type === mark)).map((node) => node.text);
    expect(all).toContainEqual(
      expect.objectContaining({ type: 'heading', content: [text('Les revendications')] }),
    );
    expect(textWith('bold')).toEqual(['votent']);
    expect(textWith('italic')).toEqual(['reconduction']);
    const linked = all.find((node) => node.text === 'le syndicat');
    expect(linked?.marks?.[0]?.attrs?.href).toBe('https://example.org/cgt');
    const list = all.find((node) => node.type === 'bulletList');
    expect(JSON.stringify(list)).toMatch(/Salaires.*Effectifs/);
    const table = all.find((node) => node.type === 'table');
    expect(JSON.stringify(table)).toMatch(/Port.*Grévistes.*Marseille.*1200/);
    // The headline, standfirst and byline are not repeated in the body.
    expect(JSON.stringify(draft.body)).not.toMatch(/Grève au port|syndicats appellent|Camille/);
  });

  it('refuses a corrupt .docx with a clear message naming the file', async () => {
    const bytes = Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(2048)]);
    const attempt = importBytes('abîmé.docx', bytes);
    await expect(attempt).rejects.toThrow(/abîmé\.docx.*not a valid Word document/);
    await expect(attempt).rejects.toHaveProperty('code', 'invalid');
  });

  it('refuses a .docx that is not a ZIP archive', async () => {
    const attempt = importBytes('notes.docx', new TextEncoder().encode('Bonjour'));
    await expect(attempt).rejects.toThrow(/notes\.docx.*not a valid Word document/);
    await expect(attempt).rejects.toHaveProperty('code', 'invalid');
  });

  it('goes through the HTML sanitiser: a javascript: hyperlink is dropped, its text kept', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('Voir '),
                new ExternalHyperlink({
                  link: 'javascript:alert(document.domain)',
                  children: [new TextRun('ce lien')],
                }),
                new TextRun('.'),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(document);
    const draft = await importBytes('piege.docx', bytes);
    expect(JSON.stringify(draft)).not.toMatch(/javascript|alert/i);
    expect(nodes(draft.body).filter((node) => node.marks !== undefined)).toEqual([]);
    expect(JSON.stringify(draft.body)).toContain('Voir ce lien.');
  });
});

describe('zip bombs', () => {
  it('refuses a document whose entries would unpack past the limit, before unpacking', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', Buffer.alloc(210 * 1024 * 1024, 0x20));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(importBytes('bomb.docx', bytes)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('200 MB') as unknown,
    });
  });
});
