import type * as Y from 'yjs';
import type { ArticleFields } from '../model/article';

/**
 * The shape of an article as a Yjs document. The body is a `Y.XmlFragment` bound to the editor
 * by Tiptap's collaboration extension; every metadata field is one entry of a `Y.Map`, so two
 * people changing different fields never collide; each comment thread is a `Y.Map` whose
 * messages are a `Y.Array`, so two replies written at once are both kept. Status, trash and the
 * status log are not here: they are operations checked by the role rules.
 */
export const bodyFragmentName = 'body';

export type MetadataField = Exclude<keyof ArticleFields, 'body' | 'comments'>;

export const metadataFields = [
  'headline',
  'seoTitle',
  'socialTitle',
  'metaDescription',
  'standfirst',
  'slug',
  'section',
  'tags',
  'bylines',
  'dateline',
  'language',
  'deadline',
  'embargo',
  'targetLength',
  'editorialNote',
  'typography',
] as const satisfies readonly MetadataField[];

export const bodyFragment = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment(bodyFragmentName);

export const fieldsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('fields');

export const commentsMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('comments');

export const seedMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('seed');
