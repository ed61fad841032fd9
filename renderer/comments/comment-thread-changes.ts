import type { CommentMessage, CommentThread } from '../../shared/model/comment';

export const maximumQuoteLength = 200;

/** The commented text as the panel names it: one line, at most 200 characters. */
export const quoteOf = (selectedText: string): string => {
  const line = selectedText.replace(/\s+/g, ' ').trim();
  return line.length <= maximumQuoteLength
    ? line
    : `${line.slice(0, maximumQuoteLength - 1).trimEnd()}…`;
};

export const createThread = (
  id: string,
  quote: string,
  message: CommentMessage,
): CommentThread => ({
  id,
  quote,
  messages: [message],
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
});

const changeThread = (
  threads: readonly CommentThread[],
  threadId: string,
  change: (thread: CommentThread) => CommentThread,
): CommentThread[] | null => {
  if (!threads.some((thread) => thread.id === threadId)) return null;
  return threads.map((thread) => (thread.id === threadId ? change(thread) : thread));
};

/** The threads with a reply added; null when the thread is gone. */
export const replyToThread = (
  threads: readonly CommentThread[],
  threadId: string,
  message: CommentMessage,
): CommentThread[] | null =>
  changeThread(threads, threadId, (thread) => ({
    ...thread,
    messages: [...thread.messages, message],
  }));

export const resolveThread = (
  threads: readonly CommentThread[],
  threadId: string,
  by: string,
  at: string,
): CommentThread[] | null =>
  changeThread(threads, threadId, (thread) => ({
    ...thread,
    resolved: true,
    resolvedBy: by,
    resolvedAt: at,
  }));

export const reopenThread = (
  threads: readonly CommentThread[],
  threadId: string,
): CommentThread[] | null =>
  changeThread(threads, threadId, (thread) => ({
    ...thread,
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
  }));
