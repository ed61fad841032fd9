import { stringify } from 'yaml';
import type { Article } from '../model/article';
import type { ArticleSource } from '../model/article-source';

export type MarkdownArticle = Pick<
  Article,
  | 'headline'
  | 'standfirst'
  | 'slug'
  | 'bylines'
  | 'createdAt'
  | 'updatedAt'
  | 'section'
  | 'tags'
  | 'language'
  | 'status'
  | 'dateline'
  | 'embargo'
  | 'body'
> &
  Partial<Pick<Article, 'seoTitle' | 'socialTitle' | 'metaDescription'>> & {
    /** The wire item the article was written from, when there is one. */
    source?: ArticleSource | null;
  };

const written = (key: string, value: string | undefined): Record<string, string> =>
  value === undefined || value.trim() === '' ? {} : { [key]: value };

/**
 * YAML front matter that Hugo, Jekyll and Astro read (`title`, `date`, `tags` are their own keys;
 * the rest are page parameters). Written by the yaml library in YAML 1.1 mode, so values such as
 * `yes`, `on` or dates are quoted and read the same by YAML 1.1 (Jekyll) and 1.2 parsers.
 */
export const renderFrontMatter = (article: MarkdownArticle): string => {
  const fields = {
    title: article.headline,
    standfirst: article.standfirst,
    // Only the variants the desk wrote; `description` is the key Hugo and Jekyll SEO read.
    ...written('seo_title', article.seoTitle),
    ...written('social_title', article.socialTitle),
    ...written('description', article.metaDescription),
    slug: article.slug,
    authors: article.bylines.map(({ name, role, affiliation }) =>
      affiliation === undefined || affiliation === ''
        ? { name, role }
        : { name, role, affiliation },
    ),
    date: article.createdAt,
    updated: article.updatedAt,
    section: article.section,
    tags: article.tags,
    language: article.language,
    status: article.status,
    dateline: { place: article.dateline.place, date: article.dateline.date },
    // Only when there is one: the site must not publish the page before it.
    ...(article.embargo === null ? {} : { embargo: article.embargo }),
    ...(article.source === undefined || article.source === null
      ? {}
      : {
          source: {
            agency: article.source.agency,
            credit: article.source.credit,
            item: article.source.itemId,
            version: article.source.version,
          },
        }),
  };
  return `---\n${stringify(fields, { version: '1.1', lineWidth: 0 })}---\n`;
};
