import type { ArticleFields } from './article';

/** The editable fields of an article (or of anything carrying them), without the rest. */
export const pickArticleFields = (source: ArticleFields): ArticleFields => ({
  headline: source.headline,
  seoTitle: source.seoTitle,
  socialTitle: source.socialTitle,
  metaDescription: source.metaDescription,
  standfirst: source.standfirst,
  slug: source.slug,
  section: source.section,
  tags: source.tags,
  bylines: source.bylines,
  dateline: source.dateline,
  language: source.language,
  deadline: source.deadline,
  embargo: source.embargo,
  targetLength: source.targetLength,
  editorialNote: source.editorialNote,
  typography: source.typography,
  body: source.body,
  comments: source.comments,
});

/** `base` with every field `changes` defines (undefined means unchanged). */
export const mergeArticleFields = (
  base: ArticleFields,
  changes: Partial<ArticleFields>,
): ArticleFields => {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) merged[key] = value;
  }
  return merged as ArticleFields;
};
