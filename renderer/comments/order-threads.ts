import type { CommentThread } from '../../shared/model/comment';

export interface ListedThread {
  thread: CommentThread;
  /** False when the commented text was deleted: the thread is listed last. */
  anchored: boolean;
}

/**
 * The threads as the panel lists them: in the order their text appears in the body, then those
 * whose text was deleted (in the order they were written); resolved ones only when asked.
 */
export const orderThreads = (
  threads: readonly CommentThread[],
  anchorOrder: readonly string[],
  showResolved: boolean,
): ListedThread[] => {
  const position = new Map(anchorOrder.map((id, index) => [id, index]));
  const visible = threads.filter((thread) => showResolved || !thread.resolved);
  const anchored = visible
    .filter((thread) => position.has(thread.id))
    .sort((left, right) => position.get(left.id)! - position.get(right.id)!);
  const orphaned = visible.filter((thread) => !position.has(thread.id));
  return [
    ...anchored.map((thread) => ({ thread, anchored: true })),
    ...orphaned.map((thread) => ({ thread, anchored: false })),
  ];
};
