import { assetNameOf } from '../assets/asset-name';
import { escapeHtml } from '../../../shared/export/escape-html';
import { renderArticleHtmlFragment } from '../../../shared/export/render-html-fragment';
import type { Article } from '../../../shared/model/article';
import type { UploadedMedia } from '../../../shared/wordpress/published-post';

const placeholderFolder = 'copydesk-media_files';

const paragraphBlock = (className: string, html: string): string =>
  `<!-- wp:paragraph {"className":"${className}"} -->\n<p class="${className}">${html}</p>\n<!-- /wp:paragraph -->`;

/**
 * The post's block markup: the Gutenberg fragment of the export, its library images pointing at
 * the uploaded media (rendered through an export-folder placeholder, then swapped for the site's
 * URL), the bylines in a paragraph when no WordPress author stands for them, and the correction
 * notes at the end.
 */
export const postContent = (
  article: Pick<Article, 'body' | 'bylines'>,
  options: {
    media: Readonly<Record<string, UploadedMedia>>;
    bylineInContent: boolean;
    corrections: readonly { heading: string; text: string }[];
  },
): string => {
  const urls = new Map<string, string>();
  const fragment = renderArticleHtmlFragment(article, {
    gutenberg: true,
    resolveImage: (source) => {
      const uploaded = options.media[source];
      const name = assetNameOf(source);
      if (uploaded === undefined || name === null) return null;
      const placeholder = `${placeholderFolder}/${name}`;
      urls.set(placeholder, uploaded.url);
      return placeholder;
    },
  }).trim();
  const body = fragment.replace(
    new RegExp(`src="(${placeholderFolder}/[^"]+)"`, 'g'),
    (_whole, placeholder: string) => `src="${escapeHtml(urls.get(placeholder) ?? '')}"`,
  );
  const names = article.bylines.map((byline) => escapeHtml(byline.name)).join(', ');
  const byline =
    options.bylineInContent && names !== '' ? [paragraphBlock('copydesk-byline', names)] : [];
  const corrections = options.corrections.map((correction) =>
    paragraphBlock(
      'copydesk-correction',
      `<strong>${escapeHtml(correction.heading)}</strong> ${escapeHtml(correction.text)}`,
    ),
  );
  return [...byline, body, ...corrections].filter((part) => part !== '').join('\n\n');
};
