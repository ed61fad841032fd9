import { z } from 'zod';
import { ArticleFields, ArticleId, IsoDateTime } from './article';
import { Status } from './status';
import { MoveSignature } from './move-signature';

export const RevisionReason = z.enum(['auto', 'named', 'status', 'import', 'restore', 'create']);
export type RevisionReason = z.infer<typeof RevisionReason>;

export const RevisionSummary = z.object({
  id: z.number().int().positive(),
  articleId: ArticleId,
  /** The article revision this snapshot holds. */
  revision: z.number().int().positive(),
  reason: RevisionReason,
  name: z.string().nullable(),
  author: z.string(),
  createdAt: IsoDateTime,
  words: z.number().int().nonnegative(),
  /** The article's status in this version: names the versions a status change made. */
  status: Status,
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

export const RevisionSnapshot = RevisionSummary.extend({
  fields: ArticleFields,
});
export type RevisionSnapshot = z.infer<typeof RevisionSnapshot>;

export const StatusChange = z.object({
  id: z.number().int().positive(),
  articleId: ArticleId,
  revision: z.number().int().positive(),
  from: Status.nullable(),
  to: Status,
  by: z.string(),
  role: z.string().nullable(),
  note: z.string(),
  at: IsoDateTime,
  /** Set when the move was signed (by this desk, or received signed by a trusted key). */
  signature: MoveSignature.optional(),
});
export type StatusChange = z.infer<typeof StatusChange>;
