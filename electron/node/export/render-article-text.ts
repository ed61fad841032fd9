import type { ImageResolver } from '../../../shared/export/image-resolver';
import { renderArticleHtmlDocument } from '../../../shared/export/render-html-document';
import { renderArticleHtmlFragment } from '../../../shared/export/render-html-fragment';
import { renderArticleMarkdown } from '../../../shared/export/render-markdown';
import { renderReviewCopy } from '../../../shared/export/render-review-copy';
import type { Article } from '../../../shared/model/article';
import type { ExportOptions } from './export-options';

export type TextFormat = 'html' | 'html-fragment' | 'md' | 'review-html';

/**
 * One article as a standalone HTML document, a CMS fragment, Markdown with front matter, or the
 * review copy (the HTML document with its comments: the only export that has them).
 */
export const renderArticleText = (
  article: Article,
  format: TextFormat,
  options: Pick<ExportOptions, 'images' | 'stylesheet' | 'gutenberg' | 'nofollow'>,
  resolveImage: ImageResolver,
): string => {
  if (format === 'md') return renderArticleMarkdown(article, { resolveImage });
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
