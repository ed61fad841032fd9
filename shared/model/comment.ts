import { z } from 'zod';

const Instant = z.iso.datetime({ offset: true });

export const CommentMessage = z
  .object({
    id: z.uuid(),
    author: z.string().trim().min(1).max(200),
    at: Instant,
    text: z.string().trim().min(1).max(10_000),
  })
  .strict();
export type CommentMessage = z.infer<typeof CommentMessage>;

/**
 * A discussion anchored to a range of the body by `comment` marks carrying its id. The thread
 * outlives its anchor: when the commented text is deleted, `quote` still says what it was about.
 */
export const CommentThread = z
  .object({
    id: z.uuid(),
    quote: z.string().max(2_000),
    messages: z.array(CommentMessage).min(1).max(500),
    resolved: z.boolean(),
    resolvedBy: z.string().max(200).nullable(),
    resolvedAt: Instant.nullable(),
  })
  .strict();
export type CommentThread = z.infer<typeof CommentThread>;

export const maximumCommentThreads = 2_000;
export const CommentThreads = z.array(CommentThread).max(maximumCommentThreads);
