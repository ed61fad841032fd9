import type { ImageResolver } from '../../../shared/export/image-resolver';
import { renderArticleHtmlDocument } from '../../../shared/export/render-html-document';
import { renderArticleHtmlFragment } from '../../../shared/export/render-html-fragment';
import { renderArticleMarkdown } from '../../../shared/export/render-markdown';
import type { Article } from '../../../shared/model/article';
import type { ExportOptions } from './export-options';

export type TextFormat = 'html' | 'html-fragment' | 'md';

/** One article as a standalone HTML document, a CMS fragment or Markdown with front matter. */
export const renderArticleText = (
  article: Article,
  format: TextFormat,
  options: Pick<ExportOptions, 'images' | 'stylesheet' | 'gutenberg'>,
  resolveImage: ImageResolver,
): string => {
  if (format === 'md') return renderArticleMarkdown(article, { resolveImage });
  if (format === 'html-fragment') {
    return renderArticleHtmlFragment(article, { gutenberg: options.gutenberg, resolveImage });
  }
  return renderArticleHtmlDocument(article, {
    stylesheet: options.stylesheet,
    images: options.images,
    resolveImage,
  });
};
