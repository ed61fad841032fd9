import type { ArticleDraft } from '../../shared/ipc/contract';
import type { ArticleFields } from '../../shared/model/article';

/** The fields of a "keep both" copy: everything the writer typed; the slug is left to the library. */
export const copyDraft = (mine: ArticleFields, copySuffix: string): ArticleDraft => ({
  headline: `${mine.headline}${copySuffix}`.slice(0, 500),
  standfirst: mine.standfirst,
  section: mine.section,
  tags: mine.tags,
  bylines: mine.bylines,
  dateline: mine.dateline,
  language: mine.language,
  deadline: mine.deadline,
  embargo: mine.embargo,
  targetLength: mine.targetLength,
  editorialNote: mine.editorialNote,
  typography: mine.typography,
  body: mine.body,
});
