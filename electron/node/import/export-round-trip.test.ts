import { describe, expect, it } from 'vitest';
import { goldenArticle } from '../../../shared/export/testing/golden-article';
import { renderArticleHtmlDocument } from '../../../shared/export/render-html-document';
import { renderArticleMarkdown } from '../../../shared/export/render-markdown';
import { normaliseDocument } from '../../../shared/export/to-schema-document';
import { importBytes } from './import-bytes';

const encode = (text: string) => new TextEncoder().encode(text);
const goldenBody = normaliseDocument(goldenArticle.body);

describe('export → import round trips (golden French article)', () => {
  it('Markdown: the same body JSON, and the front matter back as article fields', async () => {
    const draft = await importBytes('greve.md', encode(renderArticleMarkdown(goldenArticle)));
    expect(normaliseDocument(draft.body)).toEqual(goldenBody);
    expect(draft).toMatchObject({
      headline: goldenArticle.headline,
      standfirst: goldenArticle.standfirst,
      slug: goldenArticle.slug,
      bylines: goldenArticle.bylines,
      section: goldenArticle.section,
      tags: goldenArticle.tags,
      language: 'fr',
      dateline: goldenArticle.dateline,
    });
  });

  it('HTML document: the same body JSON, headline and standfirst', async () => {
    const html = renderArticleHtmlDocument(goldenArticle, { stylesheet: true, images: 'folder' });
    const draft = await importBytes('greve.html', encode(html));
    expect(draft.headline).toBe(goldenArticle.headline);
    expect(draft.standfirst).toBe(goldenArticle.standfirst);
    expect(normaliseDocument(draft.body)).toEqual(goldenBody);
  });

  it('a Windows-1252 Markdown file (invalid UTF-8) is read as Windows-1252, € – ’ œ included', async () => {
    const latin1 = (text: string) => [...Buffer.from(text, 'latin1')];
    const bytes = Uint8Array.from([
      ...latin1('---\ntitle: "Grève à Noël"\n---\n\nL'),
      0x92,
      ...latin1('été '),
      0x96,
      ...latin1(' 10\u00a0'),
      0x80,
      ...latin1(', '),
      0x9c,
      ...latin1('uvre.\n'),
    ]);
    const draft = await importBytes('noel.md', bytes);
    expect(draft.headline).toBe('Grève à Noël');
    expect(draft.body.content?.[0]?.content?.[0]?.text).toBe('L’été – 10\u00a0€, œuvre.');
  });
});
