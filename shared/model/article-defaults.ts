import type { ArticleFields } from './article';
import { emptyDocument } from './tiptap-document';

/** What a new article holds before the writer fills anything in. */
export const defaultArticleFields = (): ArticleFields => ({
  headline: '',
  seoTitle: '',
  socialTitle: '',
  metaDescription: '',
  standfirst: '',
  slug: '',
  section: '',
  tags: [],
  bylines: [],
  dateline: { place: '', date: '' },
  language: 'fr',
  deadline: null,
  embargo: null,
  targetLength: null,
  editorialNote: '',
  typography: true,
  body: emptyDocument(),
  comments: [],
});
