import type { Article } from '../model/article';
import type { ArticleSource } from '../model/article-source';
import type { ImageResolver } from './image-resolver';
import { ninjsSourceUri } from './ninjs-source-uri';
import { renderArticleHtmlFragment } from './render-html-fragment';

export const ninjsVersions = [2, 3] as const;
export type NinjsVersion = (typeof ninjsVersions)[number];

export type NinjsArticle = Article & { source?: ArticleSource | null };

export interface NinjsOptions {
  version: NinjsVersion;
  resolveImage?: ImageResolver;
  nofollow?: boolean;
}

/** ninjs 3 renamed these 2.x properties to camel case (and `embargoed` to `embargoedUntil`). */
const version3Names: Record<string, string> = {
  firstcreated: 'firstCreated',
  versioncreated: 'versionCreated',
  embargoed: 'embargoedUntil',
  pubstatus: 'pubStatus',
  contenttype: 'contentType',
  charcount: 'charCount',
  wordcount: 'wordCount',
  copyrightholder: 'copyrightHolder',
};

const renamed = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(renamed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [version3Names[key] ?? key, renamed(inner)]),
  );
};

const variantRoles = { seoTitle: 'seo', socialTitle: 'social', metaDescription: 'seo' } as const;

// Only what is usable leaves as `usable`; a spiked story is withdrawn, anything else is held.
const pubstatus = (status: Article['status']): string =>
  status === 'published' || status === 'approved'
    ? 'usable'
    : status === 'spiked'
      ? 'canceled'
      : 'withheld';

const filled = (text: string): boolean => text.trim() !== '';

const sourceAssociation = (source: ArticleSource, version: NinjsVersion) => ({
  name: 'source',
  uri: ninjsSourceUri(source),
  type: 'text',
  version: String(source.version),
  copyrightholder: source.credit,
  // ninjs 3 says how the two are related: IPTC's item relation "derived from".
  ...(version === 3 ? { rel: 'http://cv.iptc.org/newscodes/itemrelation/derivedFrom' } : {}),
});

/**
 * One article as an IPTC ninjs news item (2.x, or 3.x on request): headline and its variants as
 * headlines with roles, standfirst and meta description as descriptions, the body as HTML, and
 * the wire item it was written from as the `source` association.
 */
export const renderNinjs = (article: NinjsArticle, options: NinjsOptions): unknown => {
  const body = renderArticleHtmlFragment(article, {
    gutenberg: false,
    nofollow: options.nofollow === true,
    resolveImage: options.resolveImage,
  });
  const headlines = [
    { role: 'main', value: article.headline },
    ...(['seoTitle', 'socialTitle'] as const)
      .filter((name) => filled(article[name]))
      .map((name) => ({ role: variantRoles[name], value: article[name] })),
  ];
  const descriptions = [
    ...(filled(article.standfirst) ? [{ role: 'summary', value: article.standfirst }] : []),
    ...(filled(article.metaDescription)
      ? [{ role: variantRoles.metaDescription, value: article.metaDescription }]
      : []),
  ];
  const bylines = article.bylines.map((byline) => byline.name).filter(filled);
  const item = {
    uri: `urn:uuid:${article.id}`,
    type: 'text',
    version: String(article.revision),
    firstcreated: article.createdAt,
    versioncreated: article.updatedAt,
    ...(article.embargo === null ? {} : { embargoed: article.embargo }),
    pubstatus: pubstatus(article.status),
    language: article.language,
    headlines,
    ...(descriptions.length === 0 ? {} : { descriptions }),
    bodies: [
      {
        role: 'main',
        contenttype: 'text/html',
        charcount: article.counts.signes,
        wordcount: article.counts.words,
        value: body,
      },
    ],
    ...(bylines.length === 0 ? {} : { by: bylines.join(', ') }),
    ...(filled(article.slug) ? { slugline: article.slug } : {}),
    ...(filled(article.dateline.place) ? { located: article.dateline.place } : {}),
    ...(article.tags.length === 0
      ? {}
      : { subjects: article.tags.map((tag) => ({ name: tag, rel: 'keyword' })) }),
    ...(article.source === undefined || article.source === null
      ? {}
      : { associations: [sourceAssociation(article.source, options.version)] }),
  };
  return options.version === 3 ? renamed(item) : item;
};
