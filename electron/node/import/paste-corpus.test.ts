import { corpusPath } from '../../../tests/corpus/corpus-files';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../../../shared/model/tiptap-document';
import { importFile } from './import-file';

const corpus = corpusPath('paste');

const nodes = (node: TiptapNode): TiptapNode[] => [node, ...(node.content ?? []).flatMap(nodes)];
const markTypes = (node: TiptapNode): string[] =>
  nodes(node).flatMap((child) => (child.marks ?? []).map((mark) => mark.type));
const hrefs = (node: TiptapNode): string[] =>
  nodes(node).flatMap((child) =>
    (child.marks ?? [])
      .filter((mark) => mark.type === 'link')
      .map((mark) => String(mark.attrs?.href)),
  );
const types = (node: TiptapNode): string[] => nodes(node).map((child) => child.type);

describe('paste corpus import', () => {
  it('Google Docs: h1 headline, bold/italic from styles without the bold wrapper, nested lists, links', async () => {
    const draft = await importFile(join(corpus, '02-google-docs.html'));
    expect(draft.headline).toBe('Solar mini-grids bring evening power to 14 villages near Kolda');
    const body = draft.body;
    expect(markTypes(body)).toContain('bold');
    expect(markTypes(body)).toContain('italic');
    expect(JSON.stringify(body.content?.[0])).toContain('"italic"');
    expect(JSON.stringify(body.content?.[0])).not.toContain('"bold"');
    expect(types(body)).toEqual(expect.arrayContaining(['bulletList', 'orderedList', 'listItem']));
    const nestedList = nodes(body).some(
      (node) =>
        node.type === 'listItem' &&
        (node.content ?? []).some((child) => child.type === 'bulletList'),
    );
    expect(nestedList).toBe(true);
    expect(hrefs(body)).toContain('https://www.example.com/minigrids/tariffs-2026');
    expect(types(body)).toContain('table');
    expect(JSON.stringify(body)).toContain('Saré Yoba');
  });

  it('LibreOffice: headings, ordered list and links kept; fonts and colours dropped', async () => {
    const draft = await importFile(join(corpus, '03-libreoffice-writer.html'));
    const body = draft.body;
    expect(types(body)).toEqual(expect.arrayContaining(['heading', 'orderedList']));
    expect(hrefs(body)).toContain('https://festival.example.net/programme');
    expect(JSON.stringify(body)).toMatch(/\[À VÉRIFIER\s:\smontant exact du surcoût\]/);
    expect(JSON.stringify(body)).not.toMatch(/color|font-family|style/);
  });

  it('Word: bold, italic and the report link kept; file: links and Office markup dropped', async () => {
    const draft = await importFile(join(corpus, '01-word-windows.html'));
    expect(markTypes(draft.body)).toEqual(expect.arrayContaining(['bold', 'italic', 'link']));
    expect(hrefs(draft.body)).toEqual(['https://www.example.org/cooperatives/rapport-2026.pdf']);
    expect(JSON.stringify(draft.body)).not.toMatch(/file:|mso-|<o:p|\[if /);
  });

  it('news website: headline from the h1, scripts and forms gone, only web links', async () => {
    const draft = await importFile(join(corpus, '04-news-website.html'));
    expect(draft.headline).toContain('Bamako');
    expect(JSON.stringify(draft)).not.toMatch(/__pwned|whatsapp:|<script/);
    for (const href of hrefs(draft.body)) expect(href).toMatch(/^https?:/);
    expect(types(draft.body)).toContain('heading');
  });

  it('French typography sample keeps its text verbatim (typography is not import’s job)', async () => {
    const draft = await importFile(join(corpus, '07-french-typography.html'));
    expect(JSON.stringify(draft.body)).toContain(
      'https://peche.example.org/etude-2025?region=souss;annee=2025',
    );
    expect(types(draft.body)).toContain('heading');
  });

  it('plain text: first line is the headline, blank lines split paragraphs, newlines are hard breaks', async () => {
    const draft = await importFile(join(corpus, '06-email-forward.txt'));
    expect(draft.headline).toBe('---------- Message transféré ---------');
    const first = draft.body.content?.[0];
    expect(first?.type).toBe('paragraph');
    expect(first?.content?.map((node) => node.type)).toEqual([
      'text',
      'hardBreak',
      'text',
      'hardBreak',
      'text',
      'hardBreak',
      'text',
    ]);
  });
});
