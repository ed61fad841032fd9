import type { ImageResolver } from '../../../shared/export/image-resolver';
import { renderArticleHtmlFragment } from '../../../shared/export/render-html-fragment';
import type { Article } from '../../../shared/model/article';
import type { Status } from '../../../shared/model/status';
import { slugify } from '../../../shared/text/slugify';
import { missingCaseError } from '../../../shared/errors/missing-case';
import { wxrAuthors } from './wxr-authors';
import { wxrPostMeta } from './wxr-post-meta';
import type { WxrAuthor } from './wxr-authors';
import type { XmlMarkup } from './xml-writer';
import { cdata, element, lines, textElement, xmlDocument } from './xml-writer';

export interface WxrOptions {
  gutenberg: boolean;
  /** Links get `rel="nofollow"`. */
  nofollow?: boolean;
  resolveImage?: ImageResolver;
  /** When the file is made (channel pubDate). */
  now: Date;
}

const namespaces = {
  version: '2.0',
  'xmlns:excerpt': 'http://wordpress.org/export/1.2/excerpt/',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:wfw': 'http://wellformedweb.org/CommentAPI/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:wp': 'http://wordpress.org/export/1.2/',
};

/** published → publish, approved → pending, everything else a draft. */
export const wordpressStatus = (status: Status): 'publish' | 'pending' | 'draft' => {
  switch (status) {
    case 'published':
      return 'publish';
    case 'approved':
      return 'pending';
    case 'draft':
    case 'submitted':
    case 'changes_requested':
    case 'spiked':
      return 'draft';
    default:
      throw missingCaseError(status);
  }
};

const underEmbargo = (article: Article, now: Date): boolean =>
  article.embargo !== null && Date.parse(article.embargo) > now.getTime();

/**
 * The post's WordPress status: under embargo, what would go out (publish, pending) is scheduled
 * (`future`) for the embargo instead; a draft stays a draft, since scheduling would publish it.
 */
const itemStatus = (article: Article, now: Date): 'publish' | 'pending' | 'draft' | 'future' => {
  const status = wordpressStatus(article.status);
  return status !== 'draft' && underEmbargo(article, now) ? 'future' : status;
};

/** `YYYY-MM-DD HH:MM:SS` as written in the ISO string's own offset (WordPress's post_date). */
const localDate = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
const gmtDate = (iso: string): string => localDate(new Date(iso).toISOString());

const authorElement = (author: WxrAuthor, index: number): XmlMarkup =>
  textElement(
    'wp:author',
    textElement('wp:author_id', String(index + 1)),
    textElement('wp:author_login', cdata(author.login)),
    textElement('wp:author_email', ''),
    textElement('wp:author_display_name', cdata(author.displayName)),
  );

const terms = (article: Article): XmlMarkup[] => [
  ...(article.section === ''
    ? []
    : [
        element(
          'category',
          { domain: 'category', nicename: slugify(article.section) },
          cdata(article.section),
        ),
      ]),
  ...article.tags.map((tag) =>
    element('category', { domain: 'post_tag', nicename: slugify(tag) }, cdata(tag)),
  ),
];

const itemElement = (
  article: Article,
  index: number,
  creator: string,
  options: WxrOptions,
): XmlMarkup => {
  // An embargoed post is dated at its embargo (WordPress publishes a `future` post then).
  const postDate =
    article.embargo !== null && underEmbargo(article, options.now)
      ? article.embargo
      : article.createdAt;
  return textElement(
    'item',
    lines(
      textElement('title', article.headline),
      textElement('pubDate', new Date(postDate).toUTCString()),
      textElement('dc:creator', cdata(creator)),
      element('guid', { isPermaLink: 'false' }, `urn:uuid:${article.id}`),
      textElement('description', ''),
      textElement(
        'content:encoded',
        cdata(
          renderArticleHtmlFragment(article, {
            gutenberg: options.gutenberg,
            nofollow: options.nofollow === true,
            resolveImage: options.resolveImage,
          }),
        ),
      ),
      textElement('excerpt:encoded', cdata(article.standfirst)),
      textElement('wp:post_id', String(index + 1)),
      textElement('wp:post_date', cdata(localDate(postDate))),
      textElement('wp:post_date_gmt', cdata(gmtDate(postDate))),
      textElement('wp:comment_status', 'closed'),
      textElement('wp:ping_status', 'closed'),
      textElement('wp:post_name', cdata(article.slug)),
      textElement('wp:status', itemStatus(article, options.now)),
      textElement('wp:post_parent', '0'),
      textElement('wp:menu_order', '0'),
      textElement('wp:post_type', 'post'),
      textElement('wp:post_password', ''),
      textElement('wp:is_sticky', '0'),
      ...terms(article),
      ...wxrPostMeta(article),
    ),
  );
};

/**
 * A set of articles as one WordPress eXtended RSS 1.2 file (Tools → Import → WordPress): one post
 * per article with its HTML fragment, excerpt, slug, dates, mapped status, section as category,
 * tags and first byline as author. Every value goes through the escaping XML writer.
 */
export const renderWxr = (articles: readonly Article[], options: WxrOptions): string => {
  const { authors, loginOf } = wxrAuthors(articles);
  const channel = textElement(
    'channel',
    lines(
      textElement('title', 'Copydesk export'),
      textElement('description', `${articles.length} articles exported from Copydesk`),
      textElement('pubDate', options.now.toUTCString()),
      textElement('language', articles[0]?.language ?? 'fr'),
      textElement('wp:wxr_version', '1.2'),
      textElement('generator', 'Copydesk'),
      ...authors.map(authorElement),
      ...articles.map((article, index) => itemElement(article, index, loginOf(article), options)),
    ),
  );
  return xmlDocument(element('rss', namespaces, channel));
};
