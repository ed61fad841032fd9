import type { Article } from '../model/article';
import { escapeHtml } from './escape-html';

type HeadedArticle = Pick<Article, 'headline' | 'standfirst'> &
  Partial<Pick<Article, 'seoTitle' | 'socialTitle' | 'metaDescription'>>;

const filled = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

/**
 * The page's title and description, and the Open Graph pair social networks read. The SEO title
 * and meta description win when written; social tags appear only for what the desk wrote for them.
 */
export const renderHeadlineMetaHtml = (article: HeadedArticle): string[] => {
  const title = filled(article.seoTitle) ? article.seoTitle : article.headline;
  const description = filled(article.metaDescription)
    ? article.metaDescription
    : article.standfirst;
  return [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    ...(filled(article.socialTitle)
      ? [`<meta property="og:title" content="${escapeHtml(article.socialTitle)}">`]
      : []),
    ...(filled(article.metaDescription)
      ? [`<meta property="og:description" content="${escapeHtml(article.metaDescription)}">`]
      : []),
  ];
};
