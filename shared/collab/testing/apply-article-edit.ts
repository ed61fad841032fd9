import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { editorSchema } from '../../editor/editor-schema';
import { missingCaseError } from '../../errors/missing-case';
import type { CommentThread } from '../../model/comment';
import type { TiptapDocument } from '../../model/tiptap-document';
import { bodyFragment } from '../article-document';
import { readCommentThreads } from '../comment-threads-document';
import { writeArticleChanges } from '../write-article-changes';
import type { ArticleEdit } from './article-edit';
import { applyBodyEdit } from './apply-body-edit';

const at = '2026-12-01T10:00:00.000Z';

const changedThreads = (doc: Y.Doc, edit: ArticleEdit): CommentThread[] | null => {
  const threads = readCommentThreads(doc);
  if (edit.kind === 'openThread') {
    const message = { id: edit.messageId, author: 'Awa', at, text: edit.text };
    const thread = { id: edit.id, quote: '', resolved: false, resolvedBy: null, resolvedAt: null };
    return [...threads, { ...thread, messages: [message] }];
  }
  if (edit.kind !== 'reply' && edit.kind !== 'resolve') return null;
  const chosen = threads[edit.thread % Math.max(threads.length, 1)];
  if (chosen === undefined) return null;
  const changed: CommentThread =
    edit.kind === 'reply'
      ? {
          ...chosen,
          messages: [
            ...chosen.messages,
            { id: edit.messageId, author: 'Moussa', at, text: edit.text },
          ],
        }
      : {
          ...chosen,
          resolved: edit.resolved,
          resolvedBy: edit.resolved ? 'Moussa' : null,
          resolvedAt: edit.resolved ? at : null,
        };
  return threads.map((thread) => (thread.id === chosen.id ? changed : thread));
};

/**
 * Applies `edit` to one replica the way the app does: the body is read as ProseMirror, changed by
 * a transform and written back whole (`writeArticleChanges` reconciles it node by node); threads
 * and fields go through `writeArticleChanges` too. Returns the body written, if any.
 */
export const applyArticleEdit = (doc: Y.Doc, edit: ArticleEdit): TiptapDocument | null => {
  switch (edit.kind) {
    case 'body': {
      const current = yXmlFragmentToProseMirrorRootNode(bodyFragment(doc), editorSchema());
      const body = applyBodyEdit(current, edit.edit).toJSON() as TiptapDocument;
      writeArticleChanges(doc, { body });
      return body;
    }
    case 'openThread':
    case 'reply':
    case 'resolve': {
      const comments = changedThreads(doc, edit);
      if (comments !== null) writeArticleChanges(doc, { comments });
      return null;
    }
    case 'field':
      writeArticleChanges(doc, { [edit.field]: edit.value });
      return null;
    case 'tags':
      writeArticleChanges(doc, { tags: edit.tags });
      return null;
    default:
      throw missingCaseError(edit);
  }
};
