import { describe, expect, it } from 'vitest';
import { expectSafeHtml } from './testing/export-safety';
import { goldenArticle } from './testing/golden-article';
import { renderArticleHtmlDocument } from './render-html-document';

describe('renderArticleHtmlDocument', () => {
  const html = renderArticleHtmlDocument(goldenArticle, { stylesheet: true, images: 'folder' });

  it('is a standalone document in the article language', () => {
    expect(
      html.startsWith('<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'),
    ).toBe(true);
    const document = expectSafeHtml(html, true);
    expect(document.title).toBe(goldenArticle.headline);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      goldenArticle.standfirst,
    );
    expect(document.querySelectorAll('style')).toHaveLength(1);
  });

  it('writes the header: headline, standfirst, bylines with roles, dateline with <time>', () => {
    const document = expectSafeHtml(html, true);
    expect(document.querySelector('article > header > h1')?.textContent).toBe(
      goldenArticle.headline,
    );
    expect(document.querySelector('p.standfirst')?.textContent).toBe(goldenArticle.standfirst);
    const authors = [...document.querySelectorAll('p.byline .author')].map((span) => [
      span.getAttribute('data-role'),
      span.textContent,
    ]);
    expect(authors).toEqual([
      ['author', 'Camille Martin (Service France)'],
      ['photographer', 'photos\u202f: Léa Dubois'],
    ]);
    expect(document.querySelector('.dateline .place')?.textContent).toBe('Marseille');
    expect(document.querySelector('.dateline time')?.getAttribute('datetime')).toBe('2024-03-07');
    expect(document.querySelector('.dateline time')?.textContent).toBe('7 mars 2024');
  });

  it('keeps the typography and the body, never the editorial note', () => {
    expect(html).toContain('Grève\u00a0: « la mobilisation continue\u202f»');
    expect(html).toContain('<aside class="pull-quote" data-type="pull-quote">');
    expect(html).not.toContain('NOTE-INTERNE');
    expect(html).not.toContain('&nbsp;');
  });

  it('can leave the stylesheet out, and falls back to the creation day without a dateline', () => {
    const plain = renderArticleHtmlDocument(
      { ...goldenArticle, dateline: { place: '', date: '' } },
      { stylesheet: false, images: 'embed' },
    );
    const document = expectSafeHtml(plain);
    expect(document.querySelector('.dateline')?.innerHTML).toBe(
      '<time datetime="2024-03-07">7 mars 2024</time>',
    );
  });

  it('shows markup in every field as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const hostile = renderArticleHtmlDocument(
      {
        ...goldenArticle,
        headline: payload,
        standfirst: `"><script>alert(1)</script>`,
        bylines: [{ name: payload, role: 'author', affiliation: payload }],
        dateline: { place: payload, date: '2024-03-07' },
        language: 'fr',
      },
      { stylesheet: false, images: 'folder' },
    );
    const document = expectSafeHtml(hostile);
    expect(document.querySelector('h1')?.textContent).toBe(payload);
    expect(document.title).toBe(payload);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      `"><script>alert(1)</script>`,
    );
    expect(document.querySelector('.dateline .place')?.textContent).toBe(payload);
    expect(document.querySelectorAll('img')).toHaveLength(1);
  });

  it('carries the embargo in a <meta> when the article has one', () => {
    const embargo = '2026-12-08T06:00:00.000+01:00';
    expect(renderArticleHtmlDocument({ ...goldenArticle, embargo })).toContain(
      `<meta name="embargo" content="${embargo}">`,
    );
    expect(renderArticleHtmlDocument(goldenArticle)).not.toContain('name="embargo"');
  });
});
