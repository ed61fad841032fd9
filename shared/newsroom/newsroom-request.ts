import { z } from 'zod';
import { Status } from '../model/status';

const articleId = z.string().min(1).max(200);

/**
 * What a desk asks the server to do, sent as a stateless message on the `library` document.
 * The server checks the account's role (the one it authenticated, never a claimed one) with the
 * same workflow rules as a local library, applies it, updates the index and replies.
 */
export const NewsroomRequest = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('create'),
    requestId: z.string().max(100),
    id: articleId,
    /** The article's Yjs document as the desk seeded it (base64 of a full-state update). */
    document: z.string().max(16 * 1024 * 1024),
  }),
  z.object({
    op: z.literal('setStatus'),
    requestId: z.string().max(100),
    id: articleId,
    status: Status,
    note: z.string().max(10_000),
    /** Approve or publish despite failed readiness checks (editors only; logged). */
    override: z.object({ reason: z.string().min(1).max(2_000) }).optional(),
  }),
  z.object({ op: z.literal('trash'), requestId: z.string().max(100), id: articleId }),
  z.object({ op: z.literal('restore'), requestId: z.string().max(100), id: articleId }),
]);
export type NewsroomRequest = z.infer<typeof NewsroomRequest>;

const RefusalCode = z.enum([
  'not_allowed_for_role',
  'not_a_transition',
  'not_ready',
  'not_found',
  'invalid',
  'conflict',
]);

export const NewsroomReply = z.discriminatedUnion('ok', [
  z.object({ kind: z.literal('reply'), requestId: z.string(), ok: z.literal(true) }),
  z.object({
    kind: z.literal('reply'),
    requestId: z.string(),
    ok: z.literal(false),
    code: RefusalCode,
    message: z.string(),
  }),
]);
export type NewsroomReply = z.infer<typeof NewsroomReply>;
