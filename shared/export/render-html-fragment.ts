import type { Article } from '../model/article';
import type { BodyHtmlOptions } from './render-body-html';
import { renderBodyHtml } from './render-body-html';

export type HtmlFragmentOptions = BodyHtmlOptions;

/**
 * The body alone, to paste into a CMS (WordPress classic editor, or the block editor with
 * `gutenberg: true`). Headline, standfirst and bylines go into the CMS's own fields.
 */
export const renderArticleHtmlFragment = (
  article: Pick<Article, 'body'>,
  options: HtmlFragmentOptions = { gutenberg: false },
): string => `${renderBodyHtml(article.body, options)}\n`;
