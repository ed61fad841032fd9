import type * as Y from 'yjs';
import { fieldsMap, metadataFields } from '../../shared/collab/article-document';
import { readCommentThreads } from '../../shared/collab/comment-threads-document';
import type { ArticleFields } from '../../shared/model/article';
import { ArticleFields as ArticleFieldsSchema } from '../../shared/model/article';

/**
 * The metadata and comment threads the document holds, without reading the body (the editor
 * shows that one): cheap enough for every remote update. A field the document lacks, or holds in
 * a shape the model refuses, keeps the value of `fallback`.
 */
export const readDocumentFields = (
  doc: Y.Doc,
  fallback: ArticleFields,
): Omit<ArticleFields, 'body'> => {
  const fields = fieldsMap(doc);
  const read: Record<string, unknown> = {};
  for (const field of metadataFields) {
    const parsed = ArticleFieldsSchema.shape[field].safeParse(fields.get(field));
    read[field] = parsed.success ? parsed.data : fallback[field];
  }
  return {
    ...(read as Omit<ArticleFields, 'body' | 'comments'>),
    comments: readCommentThreads(doc),
  };
};
