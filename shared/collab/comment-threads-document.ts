import * as Y from 'yjs';
import type { CommentMessage } from '../model/comment';
import { CommentThread } from '../model/comment';
import { commentsMap } from './article-document';

const threadKeys = ['quote', 'resolved', 'resolvedBy', 'resolvedAt'] as const;

const same = (left: unknown, right: unknown): boolean =>
  JSON.stringify(left) === JSON.stringify(right);

const readThread = (id: string, thread: Y.Map<unknown>): CommentThread | null => {
  const messages = thread.get('messages');
  const parsed = CommentThread.safeParse({
    id,
    quote: thread.get('quote'),
    resolved: thread.get('resolved'),
    resolvedBy: thread.get('resolvedBy'),
    resolvedAt: thread.get('resolvedAt'),
    messages: messages instanceof Y.Array ? messages.toArray() : [],
  });
  return parsed.success ? parsed.data : null;
};

const firstAt = (thread: CommentThread): string => thread.messages[0]?.at ?? '';

/** The threads in the order they were opened; a thread that fails its schema is left out. */
export const readCommentThreads = (doc: Y.Doc): CommentThread[] =>
  [...commentsMap(doc).entries()]
    .map(([id, thread]) => readThread(id, thread))
    .filter((thread): thread is CommentThread => thread !== null)
    .sort(
      (left, right) =>
        firstAt(left).localeCompare(firstAt(right)) || left.id.localeCompare(right.id),
    );

const writeMessages = (messages: Y.Array<CommentMessage>, wanted: CommentMessage[]): void => {
  const wantedById = new Map(wanted.map((message) => [message.id, message]));
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages.get(index);
    const kept = wantedById.get(message.id);
    if (kept === undefined) messages.delete(index, 1);
    else if (!same(kept, message)) {
      messages.delete(index, 1);
      messages.insert(index, [kept]);
    }
  }
  const present = new Set(messages.toArray().map((message) => message.id));
  const added = wanted.filter((message) => !present.has(message.id));
  if (added.length > 0) messages.push(added);
};

/**
 * Makes the document's threads equal `threads`, touching only what differs: a reply added here
 * and another added elsewhere both survive the merge.
 */
export const writeCommentThreads = (doc: Y.Doc, threads: CommentThread[]): void => {
  const map = commentsMap(doc);
  const wanted = new Map(threads.map((thread) => [thread.id, thread]));
  for (const id of [...map.keys()]) if (!wanted.has(id)) map.delete(id);
  for (const thread of threads) {
    let stored = map.get(thread.id);
    if (stored === undefined) {
      stored = new Y.Map<unknown>();
      stored.set('messages', new Y.Array<CommentMessage>());
      map.set(thread.id, stored);
    }
    for (const key of threadKeys) {
      if (!same(stored.get(key), thread[key])) stored.set(key, thread[key]);
    }
    writeMessages(stored.get('messages') as Y.Array<CommentMessage>, thread.messages);
  }
};
