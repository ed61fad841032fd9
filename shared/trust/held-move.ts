import { z } from 'zod';
import { ArticleId, IsoDateTime } from '../model/article';
import { Status } from '../model/status';
import { HoldReason } from './hold-reason';

/** A received status move that was not applied: shown as claimed, not verified, until confirmed. */
export const HeldMove = z.object({
  id: z.number().int().positive(),
  articleId: ArticleId,
  from: Status.nullable(),
  to: Status,
  by: z.string(),
  role: z.string().nullable(),
  note: z.string(),
  at: IsoDateTime,
  reason: HoldReason,
  /** The signing key's fingerprint (fingerprintText), null when unsigned. */
  fingerprint: z.string().nullable(),
});
export type HeldMove = z.infer<typeof HeldMove>;
