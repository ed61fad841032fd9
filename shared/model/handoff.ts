import { z } from 'zod';

const Instant = z.iso.datetime({ offset: true });

/**
 * A point where the article left or entered this library in a package. `contentHash` fingerprints
 * the article as it was then; comparing two articles' handoffs tells whether one descends from
 * the other (fast-forward) or both changed (conflict).
 */
export const Handoff = z
  .object({
    id: z.uuid(),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    at: Instant,
    by: z.string().max(200),
    direction: z.enum(['sent', 'received']),
  })
  .strict();
export type Handoff = z.infer<typeof Handoff>;

export const maximumHandoffs = 1_000;
export const Handoffs = z.array(Handoff).max(maximumHandoffs);

/** Set when a package changed the article on both sides: both versions are kept as named revisions. */
export const ArticleConflict = z
  .object({
    at: Instant,
    from: z.string().max(200),
    localRevisionId: z.number().int().positive(),
    packageRevisionId: z.number().int().positive(),
  })
  .strict();
export type ArticleConflict = z.infer<typeof ArticleConflict>;
