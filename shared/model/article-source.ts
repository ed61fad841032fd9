import { z } from 'zod';
import { WireNotice } from './wire-item';

/** The wire item an article was written from, and what the agency has said about it since. */
export const ArticleSource = z.object({
  wireId: z.number().int().positive(),
  agency: z.string(),
  credit: z.string(),
  itemId: z.string(),
  /** The version the article was taken from. */
  version: z.number().int().nonnegative(),
  /** The newest version the library holds. */
  currentVersion: z.number().int().nonnegative(),
  /** A kill or correction received after the article was taken: the article is flagged. */
  notice: WireNotice.nullable(),
});
export type ArticleSource = z.infer<typeof ArticleSource>;
