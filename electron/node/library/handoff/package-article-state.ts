import type { Article } from '../../../../shared/model/article';
import type { PackageArticle } from '../../../../shared/package/package-article';
import { slugify } from '../../../../shared/text/slugify';
import type Database from 'better-sqlite3';
import { pickArticleFields } from '../../../../shared/model/article-fields';
import { countDocumentCached } from '../articles/count-document-cached';
import { allocateSlug } from '../articles/slug-allocation';

/**
 * The package's fields and status over `base`, with a slug free in this library (the package's,
 * or the next free one); the slug counts as manual when it is not the headline's.
 */
export const packageArticleState = (
  db: Database.Database,
  base: Article,
  incoming: PackageArticle,
): { article: Article; slugManual: boolean } => {
  const automatic = slugify(incoming.headline);
  const slug = allocateSlug(db, incoming.slug === '' ? automatic : incoming.slug, incoming.id);
  return {
    article: {
      ...base,
      ...pickArticleFields(incoming),
      slug,
      status: incoming.status,
      counts: countDocumentCached(incoming.body),
    },
    slugManual: incoming.slug !== automatic,
  };
};
