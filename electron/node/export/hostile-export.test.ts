import { corpusFileNames, readCorpusFile } from '../../../tests/corpus/corpus-files';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findUnsafeHtml } from '../../../shared/export/testing/find-unsafe-html';
import type { InspectableRoot } from '../../../shared/export/testing/find-unsafe-html';
import { parseMarkdownArticle } from '../../../shared/export/parse-markdown-article';
import { renderArticleHtmlDocument } from '../../../shared/export/render-html-document';
import { renderArticleHtmlFragment } from '../../../shared/export/render-html-fragment';
import { renderArticleMarkdown } from '../../../shared/export/render-markdown';
import { safeFileName } from '../../../shared/export/safe-file-name';
import type { Article } from '../../../shared/model/article';
import type { TiptapDocument } from '../../../shared/model/tiptap-document';

const read = (name: string) => readCorpusFile('hostile', name);

const article = (body: TiptapDocument, headline = 'Titre'): Article => ({
  id: '7d0c6a4e-1f6b-4c3e-9a59-3f0b0b8c2d11',
  headline,
  seoTitle: '',
  socialTitle: '',
  metaDescription: '',
  standfirst: '',
  slug: 'titre',
  section: '',
  tags: [],
  bylines: [],
  dateline: { place: '', date: '' },
  language: 'fr',
  deadline: null,
  embargo: null,
  targetLength: null,
  typography: true,
  editorialNote: '',
  status: 'draft',
  counts: { words: 0, signes: 0, signesWithoutSpaces: 0 },
  createdAt: '2024-03-07T08:15:00.000+01:00',
  updatedAt: '2024-03-07T08:15:00.000+01:00',
  revision: 1,
  trashedAt: null,
  comments: [],
  handoffs: [],
  conflict: null,
  body,
});

const expectCleanExports = (input: Article, canary: RegExp) => {
  const outputs = [
    renderArticleHtmlDocument(input, { stylesheet: true, images: 'folder' }),
    renderArticleHtmlFragment(input, { gutenberg: false }),
    renderArticleHtmlFragment(input, { gutenberg: true }),
  ];
  for (const html of outputs) {
    const { document } = new JSDOM(html).window as unknown as {
      document: InspectableRoot & { body: { textContent: string } };
    };
    expect(findUnsafeHtml(document, html.startsWith('<!doctype'))).toEqual([]);
    const values = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().map((name) => element.getAttribute(name) ?? ''),
    );
    expect(values.filter((value) => /javascript:/i.test(value))).toEqual([]);
    expect(document.body.textContent).toMatch(canary);
  }
  const markdown = renderArticleMarkdown(input);
  expect(markdown).not.toMatch(/\]\(\s*<?javascript:/i);
  expect(parseMarkdownArticle(markdown).draft.body).toEqual(
    parseMarkdownArticle(
      renderArticleMarkdown({ ...input, body: parseMarkdownArticle(markdown).draft.body! }),
    ).draft.body,
  );
};

describe('exports of the hostile corpus', () => {
  it('47: a javascript: link in Tiptap JSON loses its link, keeps its text', () => {
    const body = JSON.parse(read('47-tiptap-json-javascript-link.json')) as TiptapDocument;
    expectCleanExports(article(body), /Texte témoin 47\.\s*Lire la suite/);
    expect(renderArticleHtmlFragment(article(body))).toBe(
      '<p>Texte témoin 47.</p>\n<p>Lire la suite</p>\n',
    );
  });

  it('48: prototype-polluting keys change nothing', () => {
    const input = JSON.parse(read('48-json-proto-pollution.json')) as {
      headline: string;
      body: TiptapDocument;
    };
    expectCleanExports(article(input.body, input.headline), /Texte témoin 48\./);
    expect(({} as Record<string, unknown>).__pwned).toBeUndefined();
  });

  it('a headline made of markup is shown as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const html = renderArticleHtmlDocument(
      article({ type: 'doc', content: [{ type: 'paragraph' }] }, payload),
    );
    expect(html).toContain('<h1>&lt;img src=x onerror=alert(1)&gt;</h1>');
    const { document } = new JSDOM(html).window as unknown as { document: InspectableRoot };
    expect([...document.querySelectorAll('img')]).toHaveLength(0);
  });

  it.each(
    corpusFileNames('hostile').filter((name) => name.endsWith('.md') && !name.startsWith('46-')),
  )('%s imports through parseMarkdownArticle and exports clean', (name) => {
    const parsed = parseMarkdownArticle(read(name));
    const input = article(parsed.draft.body!, parsed.draft.headline ?? 'Titre');
    expectCleanExports(input, /Texte témoin|\S/);
    expect(safeFileName(parsed.draft.slug ?? parsed.draft.headline ?? '', 'md')).not.toMatch(
      /[/\\:*?"<>|\u202e]|^(con|nul)\./i,
    );
  });

  it('46: the YAML alias bomb is refused with a message', () => {
    expect(() => parseMarkdownArticle(read('46-md-yaml-alias-bomb.md'))).toThrow(/aliases/);
  });
});
