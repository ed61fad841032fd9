import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  commentedArticle,
  firstThreadId,
} from '../../../shared/export/testing/review-copy-article';
import { importHtml } from '../import/import-html';
import { renderArticleDocx } from './render-docx';
import { renderArticleText } from './render-article-text';
import { renderWxr } from './render-wxr';

const options = { images: 'folder', stylesheet: true, gutenberg: false, nofollow: false } as const;
const keep = (source: string) => source;
const commentWords = ['Quelle source', 'Chiffre à vérifier', 'Awa', 'comment'];

const expectNoComment = (output: string) => {
  for (const word of [...commentWords, firstThreadId, 'comment-anchor']) {
    expect(output).not.toContain(word);
  }
  // The commented text itself is kept.
  expect(output).toMatch(/12\u202f000 personnes/);
  expect(output).toMatch(/en annonce/);
};

describe('exports of an article with comments', () => {
  it.each(['html', 'html-fragment', 'md'] as const)(
    '%s keeps the text, not the comments',
    (format) => {
      expectNoComment(renderArticleText(commentedArticle, format, options, keep));
    },
  );

  it('DOCX keeps the text, not the comments', async () => {
    const zip = await JSZip.loadAsync(await renderArticleDocx(commentedArticle, () => null));
    const files = await Promise.all(Object.values(zip.files).map((file) => file.async('string')));
    const document = await zip.file('word/document.xml')!.async('string');
    expectNoComment(document.replace(/<[^>]+>/g, ''));
    // Not as Word comments either (the docx library always writes an empty comments part).
    for (const file of files) expect(file).not.toContain('Quelle source');
  });

  it('WXR keeps the text, not the comments', () => {
    const xml = renderWxr([commentedArticle], { gutenberg: false, now: new Date(0) });
    for (const word of commentWords.slice(0, 3)) expect(xml).not.toContain(word);
    expect(xml).not.toContain('comment-anchor');
    expect(xml).toContain('en annonce');
  });

  it('only the review copy has them', () => {
    const html = renderArticleText(commentedArticle, 'review-html', options, keep);
    expect(html).toContain('Quelle source');
    expect(html).toContain('class="comment-anchor"');
  });

  it('an imported HTML file never turns our anchor span into a comment', () => {
    const draft = importHtml(
      `<p>Le <span class="comment-anchor" data-comment-thread="${firstThreadId}">ministre</span> a parlé.</p>`,
    );
    expect(JSON.stringify(draft.body)).not.toContain('comment');
    expect(JSON.stringify(draft.body)).toContain('ministre');
  });
});
