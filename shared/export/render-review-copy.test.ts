import { describe, expect, it } from 'vitest';
import { expectSafeHtml } from './testing/export-safety';
import { goldenArticle } from './testing/golden-article';
import { renderReviewCopy } from './render-review-copy';
import {
  commentedArticle,
  deletedThreadId,
  firstThreadId,
  secondThreadId,
} from './testing/review-copy-article';

const texts = (document: Document, selector: string): string[] =>
  [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');

describe('renderReviewCopy', () => {
  const html = renderReviewCopy(commentedArticle);
  const document = expectSafeHtml(html, true);

  it('is the HTML document, in the article language, with the article header', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fr">\n')).toBe(true);
    expect(document.querySelector('article > header > h1')?.textContent).toBe(
      commentedArticle.headline,
    );
    expect(document.querySelector('.review-notice')?.textContent).toContain('Copie de relecture');
  });

  it('highlights each commented range and numbers it in reading order, once per thread', () => {
    expect(texts(document, 'mark.comment-anchor[data-comment="1"]')).toEqual([
      '12\u202f000 personnes1',
    ]);
    expect(texts(document, 'mark.comment-anchor[data-comment="2"]')).toEqual([
      'la CGT',
      ' en annonce2',
    ]);
    expect(document.querySelector('mark[data-comment="2"] strong')?.textContent).toBe('la CGT');
    expect(texts(document, '.comment-number')).toEqual(['1', '2']);
    expect(
      document.querySelector('mark[data-comment="2"]')?.classList.contains('is-resolved'),
    ).toBe(true);
  });

  it('lists every thread after the article: anchored in order, then the deleted text', () => {
    const threads = [...document.querySelectorAll('.review-comments li.comment-thread')];
    expect(threads.map((thread) => thread.id)).toEqual(['comment-1', 'comment-2', 'comment-3']);
    expect(texts(document, '.comment-quote')).toEqual([
      '12\u202f000 personnes',
      'la CGT en annonce',
      'un passage supprimé',
    ]);
    expect(threads[0]?.querySelector('.comment-state')?.textContent).toBe('Ouvert');
    expect(threads[1]?.querySelector('.comment-state')?.textContent).toMatch(
      /^Résolu par Jean Chef, /,
    );
    expect(threads[2]?.querySelector('.comment-deleted')?.textContent).toBe(
      'Le texte commenté a été supprimé',
    );
    expect(threads[2]?.querySelector('time')?.getAttribute('datetime')).toBe(
      '2024-03-07T09:30:00.000+01:00',
    );
    expect(texts(document, '.comment-author')).toEqual(Array(3).fill('Awa <b>Diop</b>'));
  });

  it('escapes every user string: a comment cannot inject markup', () => {
    expect(document.querySelector('script, b')).toBeNull();
    expect(texts(document, '.comment-text')[1]).toBe(
      '<script>alert(1)</script> Chiffre à vérifier',
    );
    expect(html).not.toContain(firstThreadId);
    expect(html).not.toContain(secondThreadId);
    expect(html).not.toContain(deletedThreadId);
  });

  it('speaks English for an English article and says when there is no comment', () => {
    const english = expectSafeHtml(renderReviewCopy({ ...goldenArticle, language: 'en' }), true);
    expect(english.querySelector('.review-comments h2')?.textContent).toBe('Comments');
    expect(english.querySelector('.review-comments p')?.textContent).toBe('No comments.');
    expect(english.querySelector('mark')).toBeNull();
  });
});
