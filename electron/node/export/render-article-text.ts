import type { ImageResolver } from '../../../shared/export/image-resolver';
import { renderArticleHtmlDocument } from '../../../shared/export/render-html-document';
import { renderArticleHtmlFragment } from '../../../shared/export/render-html-fragment';
import { renderArticleMarkdown } from '../../../shared/export/render-markdown';
import { renderNinjs } from '../../../shared/export/render-ninjs';
import { renderReviewCopy } from '../../../shared/export/render-review-copy';
import type { Article } from '../../../shared/model/article';
import type { ExportOptions } from './export-options';

export type TextFormat = 'html' | 'html-fragment' | 'md' | 'review-html' | 'ninjs';

/**
 * One article as a standalone HTML document, a CMS fragment, Markdown with front matter, or the
 * review copy (the HTML document with its comments: the only export that has them), or an IPTC
 * ninjs item.
 */
export const renderArticleText = (
  article: Article,
  format: TextFormat,
  options: Pick<ExportOptions, 'images' | 'stylesheet' | 'gutenberg' | 'nofollow' | 'ninjsVersion'>,
  resolveImage: ImageResolver,
): string => {
  if (format === 'md') return renderArticleMarkdown(article, { resolveImage });
  if (format === 'ninjs') {
    const item = renderNinjs(article, {
      version: options.ninjsVersion ?? 2,
      nofollow: options.nofollow,
      resolveImage,
    });
    return `${JSON.stringify(item, null, 2)}\n`;
  }
  if (format === 'review-html') {
    return renderReviewCopy(article, { images: options.images, resolveImage });
  }
  if (format === 'html-fragment') {
    return renderArticleHtmlFragment(article, {
      gutenberg: options.gutenberg,
      nofollow: options.nofollow,
      resolveImage,
    });
  }
  return renderArticleHtmlDocument(article, {
    stylesheet: options.stylesheet,
    images: options.images,
    nofollow: options.nofollow,
    resolveImage,
  });
};
