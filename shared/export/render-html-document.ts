import type { Article } from '../model/article';
import { renderBylinesHtml } from './byline-html';
import { renderDatelineHtml } from './dateline-html';
import { escapeHtml } from './escape-html';
import { renderHeadlineMetaHtml } from './headline-meta-html';
import type { ImageResolver } from './image-resolver';
import { printStylesheet } from './print-stylesheet';
import { renderBodyHtml } from './render-body-html';

export type ExportedArticle = Pick<
  Article,
  'headline' | 'standfirst' | 'bylines' | 'dateline' | 'language' | 'createdAt' | 'body'
> &
  Partial<Pick<Article, 'embargo' | 'seoTitle' | 'socialTitle' | 'metaDescription'>>;

export interface HtmlDocumentOptions {
  /** Embed the print-friendly stylesheet in a `<style>` element. */
  stylesheet: boolean;
  /** 'folder': images in `<slug>_files/`; 'embed': data URIs. The resolver does the mapping. */
  images: 'folder' | 'embed';
  resolveImage?: ImageResolver;
  /** Links get `rel="nofollow"` (the user's setting). */
  nofollow?: boolean;
}

const optional = (html: string): string[] => (html === '' ? [] : [html]);

/** The article's `<header>`: headline, standfirst, bylines and dateline, every string escaped. */
export const renderArticleHeaderHtml = (article: ExportedArticle): string =>
  [
    '<header>',
    `<h1>${escapeHtml(article.headline)}</h1>`,
    ...optional(
      article.standfirst === ''
        ? ''
        : `<p class="standfirst">${escapeHtml(article.standfirst)}</p>`,
    ),
    ...optional(renderBylinesHtml(article.bylines, article.language)),
    ...optional(renderDatelineHtml(article)),
    '</header>',
  ].join('\n');

/** The standalone page around an article's content: language, title, description, stylesheet. */
export const renderHtmlPage = (
  article: ExportedArticle,
  stylesheet: string,
  content: readonly string[],
): string =>
  [
    '<!doctype html>',
    `<html lang="${escapeHtml(article.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    ...renderHeadlineMetaHtml(article),
    // Whoever receives the file (a site, a partner desk) sees it may not go out before then.
    ...optional(
      article.embargo == null
        ? ''
        : `<meta name="embargo" content="${escapeHtml(article.embargo)}">`,
    ),
    ...optional(stylesheet === '' ? '' : `<style>${stylesheet}</style>`),
    '</head>',
    '<body>',
    ...content,
    '</body>',
    '</html>',
    '',
  ].join('\n');

/**
 * A standalone, semantic HTML document for one article. Every string is escaped; no script, no
 * event attribute, no style attribute, no remote resource; the editorial note is never written.
 */
export const renderArticleHtmlDocument = (
  article: ExportedArticle,
  options: HtmlDocumentOptions = { stylesheet: true, images: 'folder' },
): string => {
  const body = renderBodyHtml(article.body, {
    gutenberg: false,
    resolveImage: options.resolveImage,
    nofollow: options.nofollow,
  });
  return renderHtmlPage(article, options.stylesheet ? printStylesheet : '', [
    '<article>',
    renderArticleHeaderHtml(article),
    body,
    '</article>',
  ]);
};
