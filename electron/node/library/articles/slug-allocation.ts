import type Database from 'better-sqlite3';
import { slugify } from '../../../../shared/text/slugify';
import { prepared } from '../storage/prepared';

/**
 * `base`, or `base-2`, `base-3` … whichever is free among the other articles (trashed ones
 * included: restoring them must not collide). Slugs hold only [a-z0-9-], so '.' sorts right
 * after every 'base-…'.
 */
export const allocateSlug = (
  db: Database.Database,
  base: string,
  ownerId: string | null,
): string => {
  const taken = new Set(
    prepared(
      db,
      "SELECT slug FROM articles WHERE (slug = @base OR (slug > @base || '-' AND slug < @base || '.')) AND id IS NOT @ownerId",
    )
      .pluck()
      .all({ base, ownerId }) as string[],
  );
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
};

export interface SlugState {
  slug: string;
  manual: boolean;
}

/**
 * The slug after an edit: a requested slug different from the current one becomes manual
 * (normalised); an empty one returns to automatic; an automatic slug follows the headline.
 */
export const resolveSlug = (
  db: Database.Database,
  articleId: string | null,
  current: SlugState,
  headline: string,
  requested: string | undefined,
): SlugState => {
  const wanted = requested?.trim();
  const requestedChange = wanted !== undefined && wanted !== current.slug;
  const manual = requestedChange ? wanted !== '' : current.manual;
  let base = current.slug;
  if (!manual) base = slugify(headline);
  else if (requestedChange) base = slugify(wanted);
  return { slug: allocateSlug(db, base, articleId), manual };
};
