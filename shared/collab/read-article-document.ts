import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { Node } from '@tiptap/pm/model';
import { editorSchema } from '../editor/editor-schema';
import { fitToSchema } from '../editor/schema-fit/fit-to-schema';
import { ArticleFields } from '../model/article';
import type { TiptapDocument } from '../model/tiptap-document';
import { bodyFragment, fieldsMap, metadataFields } from './article-document';
import { readCommentThreads } from './comment-threads-document';

const emptyBody: TiptapDocument = { type: 'doc', content: [{ type: 'paragraph' }] };

const checked = (root: Node): TiptapDocument => {
  const body = root.toJSON() as TiptapDocument;
  try {
    root.check();
    return body;
  } catch {
    return fitToSchema(body, root.type.schema).toJSON() as TiptapDocument;
  }
};

/**
 * Read through the schema, as the editor reads it: overlapping comment marks come back apart.
 * A merge can join what the schema forbids and Yjs cannot know about (one replica turns a
 * suggested insertion into a suggested deletion while another formats the same letters: the text
 * ends with both marks), so a body that fails the schema is fitted to it, keeping every word.
 */
export const readBodyDocument = (doc: Y.Doc): TiptapDocument => {
  const body = checked(yXmlFragmentToProseMirrorRootNode(bodyFragment(doc), editorSchema()));
  return body.content !== undefined && body.content.length > 0 ? body : emptyBody;
};

/**
 * The article's fields as the document holds them. A field the document lacks, or holds in a
 * shape the schema refuses, is taken from `fallback` (what the library last stored).
 */
export const readArticleDocument = (doc: Y.Doc, fallback: ArticleFields): ArticleFields => {
  const fields = fieldsMap(doc);
  const read: Record<string, unknown> = { ...fallback };
  for (const field of metadataFields) {
    const parsed = ArticleFields.shape[field].safeParse(fields.get(field));
    if (parsed.success) read[field] = parsed.data;
  }
  return {
    ...(read as ArticleFields),
    body: readBodyDocument(doc),
    comments: readCommentThreads(doc),
  };
};
