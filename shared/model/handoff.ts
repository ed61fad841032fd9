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
const DivergedVersions = z
  .object({
    at: Instant,
    from: z.string().max(200),
    localRevisionId: z.number().int().positive(),
    packageRevisionId: z.number().int().positive(),
  })
  .strict();

/**
 * Set when a package's document was merged into one that had also changed here: nothing is
 * lost, but a person should read what the merge made. The revisions are the article just before
 * and just after the merge, so their difference is what came from the other desk.
 */
const MergedForReview = z
  .object({
    kind: z.literal('merged'),
    at: Instant,
    from: z.string().max(200),
    beforeRevisionId: z.number().int().positive(),
    afterRevisionId: z.number().int().positive(),
  })
  .strict();

/** The article's package marker: both versions kept (a conflict), or merged and awaiting review. */
export const ArticleConflict = z.union([MergedForReview, DivergedVersions]);
export type ArticleConflict = z.infer<typeof ArticleConflict>;
