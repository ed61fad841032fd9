import { z } from 'zod';
import { ArticleId } from './article';
import { TrustedKey } from './trusted-key';

/**
 * What importing a `.copydesk` package did to the library:
 * - `added`: the article was new here;
 * - `fast_forwarded`: only the package changed since the last handoff; the article now matches it;
 * - `unchanged`: the library already held exactly this version;
 * - `local_newer`: the package is an older version of what the library holds; nothing changed;
 * - `merged`: both sides changed the article's document; the package's changes were merged in and
 *   the article is flagged for review;
 * - `conflict`: both sides changed and could not be merged (a format 1 package, or unrelated
 *   documents); both versions are kept as named revisions, the local text stays.
 */
export const PackageOutcome = z.enum([
  'added',
  'fast_forwarded',
  'unchanged',
  'local_newer',
  'merged',
  'conflict',
]);
export type PackageOutcome = z.infer<typeof PackageOutcome>;

export const PackageImport = z.object({
  id: ArticleId,
  headline: z.string(),
  outcome: PackageOutcome,
  /** The library had the article in its trash: the import took it out. */
  restoredFromTrash: z.boolean(),
  /** Received status moves that could not be verified and were held, not applied. */
  heldMoves: z.number().int().nonnegative(),
  /** Keys met for the first time that signed a held move: the reader may trust them. */
  untrustedKeys: z.array(TrustedKey),
});
export type PackageImport = z.infer<typeof PackageImport>;
