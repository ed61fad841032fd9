import type { TiptapDocument } from '../../../../shared/model/tiptap-document';
import type { CommentThread } from '../../../../shared/model/comment';

export const threadId = '3f2b8c1e-6d4a-4e0b-9c7f-1a2b3c4d5e6f';
const at = '2025-03-01T09:00:00.000Z';

/** A body with a comment anchor, a suggested insertion and deletion, and a library image. */
export const reviewBody = (imageSource: string): TiptapDocument => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Le fleuve ' },
        { type: 'text', text: 'monte vite', marks: [{ type: 'comment', attrs: { threadId } }] },
        { type: 'text', text: ' à Kayes' },
        {
          type: 'text',
          text: ' depuis lundi',
          marks: [{ type: 'suggestionInsertion', attrs: { id: 's1', author: 'Chef Ndiaye', at } }],
        },
        {
          type: 'text',
          text: ' hier',
          marks: [{ type: 'suggestionDeletion', attrs: { id: 's2', author: 'Chef Ndiaye', at } }],
        },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'figure',
      attrs: { src: imageSource, alt: 'Le fleuve', caption: 'Crue', credit: 'AFP' },
    },
  ],
});

export const reviewThread = (): CommentThread => ({
  id: threadId,
  quote: 'monte vite',
  messages: [
    { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', author: 'Chef Ndiaye', at, text: 'Source ?' },
  ],
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
});
