import { updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { editorSchema } from '../editor/editor-schema';
import type { ArticleFields } from '../model/article';
import { bodyFragment, fieldsMap, metadataFields } from './article-document';
import { writeCommentThreads } from './comment-threads-document';

const same = (left: unknown, right: unknown): boolean =>
  JSON.stringify(left) === JSON.stringify(right);

/**
 * Writes the given fields into the document as one transaction, changing only what differs: the
 * body is reconciled node by node (`updateYFragment`), so words typed elsewhere meanwhile stay.
 */
export const writeArticleChanges = (
  doc: Y.Doc,
  changes: Partial<ArticleFields>,
  origin: unknown = null,
): void => {
  doc.transact(() => {
    const fields = fieldsMap(doc);
    for (const field of metadataFields) {
      const value = changes[field];
      if (value !== undefined && !same(fields.get(field), value)) fields.set(field, value);
    }
    if (changes.body !== undefined) {
      const node = editorSchema().nodeFromJSON(changes.body);
      updateYFragment(doc, bodyFragment(doc), node, { mapping: new Map(), isOMark: new Map() });
    }
    if (changes.comments !== undefined) writeCommentThreads(doc, changes.comments);
  }, origin);
};
