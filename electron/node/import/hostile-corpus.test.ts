import { corpusPath } from '../../../tests/corpus/corpus-files';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../../../shared/model/tiptap-document';
import { AppError } from '../../../shared/errors/error-code';
import { importFile } from './import-file';

const corpus = corpusPath('hostile');
// .json files are Tiptap/article JSON imports, which come with a later issue (not an import format yet).
const files = readdirSync(corpus).filter(
  (name) => /\.(html|md)$/.test(name) && name !== 'README.md',
);
// Refused by design: the front matter is a YAML alias bomb (README: "refused with a clear message").
const refused = new Set(['46-md-yaml-alias-bomb.md']);
// README expects this link's text to stay the literal string "<img … onerror=…>", as text.
const literalMarkupText = new Set(['32-link-text-markup.html']);

const links = (node: TiptapNode): string[] => [
  ...(node.marks ?? [])
    .filter((mark) => mark.type === 'link')
    .map((mark) => String(mark.attrs?.href)),
  ...(node.content ?? []).flatMap(links),
];

const withoutText = (node: TiptapNode): TiptapNode => ({
  ...node,
  text: undefined,
  content: node.content?.map(withoutText),
});

describe('hostile corpus import', () => {
  it('covers the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
  });

  it.each(files.filter((name) => !refused.has(name)))(
    '%s imports with no script surviving',
    async (name) => {
      const draft = await importFile(join(corpus, name));
      const checked = literalMarkupText.has(name) ? withoutText(draft.body) : draft.body;
      const serialised = JSON.stringify({ headline: draft.headline, body: checked });
      expect(serialised).not.toMatch(/javascript:/i);
      expect(serialised).not.toMatch(/[\s"'/]on\w+\s*=/i);
      expect(serialised).not.toMatch(/<script|<iframe|<svg|<img/i);
      for (const href of links(draft.body)) expect(href).toMatch(/^(https?|mailto):/);
      expect(JSON.stringify(draft)).toContain(`Texte témoin ${name.slice(0, 2)}.`);
    },
  );

  it('keeps harmless text and drops only the dangerous parts', async () => {
    const text = async (name: string) => JSON.stringify(await importFile(join(corpus, name)));
    expect(await text('18-a-javascript.html')).toContain('Lire la suite');
    expect(await text('19-a-javascript-tab-entity.html')).not.toContain('"link"');
    expect(await text('26-file-link.html')).toContain('Document joint');
    expect(await text('26-file-link.html')).not.toContain('file:');
    expect(await text('27-unc-link.html')).not.toContain('"link"');
    expect(await text('28-target-blank.html')).toContain('https://example.org/source');
    expect(await text('28-target-blank.html')).not.toContain('_blank');
    expect(await text('02-md-img-onerror-newline.md')).toContain('dans la phrase.');
    expect(await text('41-md-raw-html-nested.md')).toContain('Deuxième point');
    expect(await text('41-md-raw-html-nested.md')).toContain('Citation');
    expect(await text('41-md-raw-html-nested.md')).toContain('Centre');
    expect(await text('45-md-nul-bytes.md')).toContain('La séance a repris à 15 heures.');
  });

  it('keeps the literal markup of a link text as text, with a safe link', async () => {
    const draft = await importFile(join(corpus, '32-link-text-markup.html'));
    const paragraph = draft.body.content?.[1];
    expect(paragraph?.content?.[0]).toMatchObject({
      type: 'text',
      text: '<img src=x onerror="window.__pwned=1">',
      marks: [{ type: 'link', attrs: { href: 'https://example.org/', target: null } }],
    });
  });

  it('takes headlines as plain text without markup or bidi overrides', async () => {
    expect((await importFile(join(corpus, '40-md-heading-html.md'))).headline).toBe(
      'Conseil municipal',
    );
    expect((await importFile(join(corpus, '44-md-bidi-title.md'))).headline).toBe(
      'Rapport annuel cod.exe',
    );
  });

  it('refuses a YAML alias bomb in front matter with a message naming the file', async () => {
    const attempt = importFile(join(corpus, '46-md-yaml-alias-bomb.md'));
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toThrow(/46-md-yaml-alias-bomb\.md: .*aliases/);
  });
});
