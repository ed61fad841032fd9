import type { Article, Dateline, TargetLength } from '../../../../shared/model/article';
import type { Byline } from '../../../../shared/model/byline';
import type { CommentThread } from '../../../../shared/model/comment';
import type { ArticleConflict, Handoff } from '../../../../shared/model/handoff';
import type { Status } from '../../../../shared/model/status';
import { headlineSortKey } from '../search/headline-sort-key';

/** An article as stored: the article plus what only the library needs. */
export interface StoredArticle {
  rowId: number;
  slugManual: boolean;
  article: Article;
}

/** A stored article without its body (what a save that replaces the body needs). */
export interface StoredHead {
  rowId: number;
  slugManual: boolean;
  article: Omit<Article, 'body'>;
}

export interface ArticleRow {
  row_id: number;
  id: string;
  headline: string;
  seo_title: string;
  social_title: string;
  meta_description: string;
  standfirst: string;
  slug: string;
  slug_manual: number;
  section: string;
  tags: string;
  bylines: string;
  dateline: string;
  language: string;
  deadline: string | null;
  embargo: string | null;
  target_length: string | null;
  status: string;
  editorial_note: string;
  typography: number;
  words: number;
  signes: number;
  signes_without_spaces: number;
  created_at: string;
  updated_at: string;
  revision: number;
  trashed_at: string | null;
  comments: string;
  handoffs: string;
  conflict: string | null;
}

export const rowToStoredHead = (row: ArticleRow): StoredHead => ({
  rowId: row.row_id,
  slugManual: row.slug_manual === 1,
  article: {
    id: row.id,
    headline: row.headline,
    seoTitle: row.seo_title,
    socialTitle: row.social_title,
    metaDescription: row.meta_description,
    standfirst: row.standfirst,
    slug: row.slug,
    section: row.section,
    tags: JSON.parse(row.tags) as string[],
    bylines: JSON.parse(row.bylines) as Byline[],
    dateline: JSON.parse(row.dateline) as Dateline,
    language: row.language,
    deadline: row.deadline,
    embargo: row.embargo,
    targetLength:
      row.target_length === null ? null : (JSON.parse(row.target_length) as TargetLength),
    status: row.status as Status,
    editorialNote: row.editorial_note,
    typography: row.typography === 1,
    counts: {
      words: row.words,
      signes: row.signes,
      signesWithoutSpaces: row.signes_without_spaces,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    trashedAt: row.trashed_at,
    comments: JSON.parse(row.comments) as CommentThread[],
    handoffs: JSON.parse(row.handoffs) as Handoff[],
    conflict: row.conflict === null ? null : (JSON.parse(row.conflict) as ArticleConflict),
  },
});

/** Named parameters for the `articles` row (the body goes to `article_bodies`). */
export const articleRowParameters = (stored: Omit<StoredArticle, 'rowId'>) => {
  const { article } = stored;
  return {
    id: article.id,
    headline: article.headline,
    headline_key: headlineSortKey(article.headline),
    seo_title: article.seoTitle,
    social_title: article.socialTitle,
    meta_description: article.metaDescription,
    standfirst: article.standfirst,
    slug: article.slug,
    slug_manual: stored.slugManual ? 1 : 0,
    section: article.section,
    tags: JSON.stringify(article.tags),
    bylines: JSON.stringify(article.bylines),
    dateline: JSON.stringify(article.dateline),
    language: article.language,
    deadline: article.deadline,
    embargo: article.embargo,
    target_length: article.targetLength === null ? null : JSON.stringify(article.targetLength),
    status: article.status,
    editorial_note: article.editorialNote,
    typography: article.typography ? 1 : 0,
    words: article.counts.words,
    signes: article.counts.signes,
    signes_without_spaces: article.counts.signesWithoutSpaces,
    created_at: article.createdAt,
    updated_at: article.updatedAt,
    revision: article.revision,
    trashed_at: article.trashedAt,
    comments: JSON.stringify(article.comments),
    handoffs: JSON.stringify(article.handoffs),
    conflict: article.conflict === null ? null : JSON.stringify(article.conflict),
  };
};
