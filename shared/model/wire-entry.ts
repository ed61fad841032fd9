import { z } from 'zod';
import { IsoDateTime } from './article';
import { WireFormat, WireItem, WireNotice } from './wire-item';

/** A wire item as the library lists it: who sent it, how urgent, and what the desk did with it. */
export const WireSummary = z.object({
  id: z.number().int().positive(),
  format: WireFormat,
  agency: z.string(),
  credit: z.string(),
  itemId: z.string(),
  version: z.number().int().nonnegative(),
  headline: z.string(),
  urgency: z.number().int().nullable(),
  subjects: z.array(z.string()),
  versionCreated: IsoDateTime.nullable(),
  receivedAt: IsoDateTime,
  notice: WireNotice.nullable(),
  /** A newer version replaced the one first received. */
  updated: z.boolean(),
  read: z.boolean(),
});
export type WireSummary = z.infer<typeof WireSummary>;

export const WireEntry = WireSummary.extend({ item: WireItem, source: z.string() });
export type WireEntry = z.infer<typeof WireEntry>;

export const WireQuery = z
  .object({
    text: z.string().max(500).default(''),
    agency: z.string().max(200).optional(),
    /** Only items at least this urgent (1 is the most urgent). */
    urgencyAtMost: z.number().int().min(0).max(9).optional(),
    unreadOnly: z.boolean().default(false),
    limit: z.number().int().min(1).max(1_000).default(200),
  })
  .strict();
export type WireQuery = z.infer<typeof WireQuery>;
export type WireQueryInput = z.input<typeof WireQuery>;

/** What storing one item did: added, replaced an older version, or kept the newer one held. */
export const WireStoreOutcome = z.object({
  agency: z.string(),
  itemId: z.string(),
  version: z.number().int(),
  headline: z.string(),
  outcome: z.enum(['added', 'updated', 'kept']),
  id: z.number().int().positive(),
});
export type WireStoreOutcome = z.infer<typeof WireStoreOutcome>;
