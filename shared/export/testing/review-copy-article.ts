import type { Article } from '../../model/article';
import type { CommentThread } from '../../model/comment';
import type { TiptapNode } from '../../model/tiptap-document';
import { goldenArticle } from './golden-article';

export const firstThreadId = '3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f';
export const secondThreadId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
export const deletedThreadId = 'a8098c1a-f86e-41b5-9d4b-0fd4a1a1d2a3';

const comment = (threadId: string) => ({ type: 'comment', attrs: { threadId } });
const text = (value: string, marks?: TiptapNode['marks']): TiptapNode =>
  marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks };

const thread = (id: string, quote: string, text: string, resolved = false): CommentThread => ({
  id,
  quote,
  messages: [
    {
      id: '0b7e1a52-3c1d-4e8f-9a6b-5d4c3b2a1f0e',
      author: 'Awa <b>Diop</b>',
      at: '2024-03-07T09:30:00.000+01:00',
      text,
    },
  ],
  resolved,
  resolvedBy: resolved ? 'Jean Chef' : null,
  resolvedAt: resolved ? '2024-03-07T10:00:00.000+01:00' : null,
});

/** The golden article with two comment anchors (one over bold text) and a thread whose text is gone. */
export const commentedArticle: Article = {
  ...goldenArticle,
  body: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          text('Selon la préfecture, '),
          text('12\u202f000 personnes', [comment(firstThreadId)]),
          text(' ont défilé\u00a0; '),
          text('la CGT', [{ type: 'bold' }, comment(secondThreadId)]),
          text(' en annonce', [comment(secondThreadId)]),
          text(' 40\u202f000.'),
        ],
      },
    ],
  },
  comments: [
    thread(deletedThreadId, 'un passage supprimé', 'Source\u00a0?'),
    thread(
      secondThreadId,
      'la CGT en annonce',
      '<script>alert(1)</script> Chiffre à vérifier',
      true,
    ),
    thread(firstThreadId, '12\u202f000 personnes', 'Quelle source "officielle"\u00a0?'),
  ],
};
