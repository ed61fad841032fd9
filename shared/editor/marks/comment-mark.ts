import { Mark, mergeAttributes } from '@tiptap/core';

export const commentMarkName = 'comment';

const threadIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The thread id as stored (lower case), or null when the value is not a uuid. */
export const normaliseThreadId = (value: unknown): string | null =>
  typeof value === 'string' && threadIdPattern.test(value) ? value.toLowerCase() : null;

/**
 * The anchor of a comment thread: the commented range carries the thread's id. Ranges may overlap
 * (`excludes: ''`); typing at either edge does not extend it (`inclusive: false`). The parse rule
 * reads back only our own span: the import and paste sanitisers drop `data-comment-thread`, so
 * foreign HTML never becomes a comment, and every export drops the mark (toSchemaDocument).
 */
export const CommentMark = Mark.create({
  name: commentMarkName,
  excludes: '',
  inclusive: false,

  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (element) => normaliseThreadId(element.getAttribute('data-comment-thread')),
        renderHTML: (attributes: { threadId?: string | null }) => ({
          'data-comment-thread': attributes.threadId,
        }),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'span.comment-anchor[data-comment-thread]',
        getAttrs: (element) =>
          normaliseThreadId(element.getAttribute('data-comment-thread')) === null ? false : null,
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'comment-anchor' }), 0];
  },
});
