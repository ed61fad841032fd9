import { AppError } from '../../../shared/errors/error-code';
import type { Article } from '../../../shared/model/article';
import type { Library } from '../library/library';

const embargoedUntil = (article: Article, now: Date): Date | null => {
  if (article.embargo === null) return null;
  const until = new Date(article.embargo);
  return until.getTime() > now.getTime() ? until : null;
};

const untitled = (article: Article): string => article.headline.trim() || 'Untitled';

/**
 * The articles of a batch, read in the calling thread before anything is written. An article
 * still under embargo refuses the whole batch unless the user confirmed (`ignoreEmbargo`).
 */
export const readExportArticles = (
  library: Pick<Library, 'get' | 'wire'>,
  ids: readonly string[],
  options: { ignoreEmbargo: boolean; now?: Date },
): Article[] => {
  // The wire item an article came from travels with it (Markdown's `source` front matter).
  const articles = [...new Set(ids)].map((id) => ({
    ...library.get(id),
    source: library.wire.sourceOf(id),
  }));
  if (options.ignoreEmbargo) return articles;
  const now = options.now ?? new Date();
  const embargoed = articles.flatMap((article) => {
    const until = embargoedUntil(article, now);
    return until === null ? [] : [{ article, until }];
  });
  const first = embargoed[0];
  if (first === undefined) return articles;
  const others =
    embargoed.length > 1 ? ` ${embargoed.length - 1} other selected articles are too.` : '';
  throw new AppError(
    'forbidden',
    `"${untitled(first.article)}" is under embargo until ${first.until.toISOString()}; confirm to export.${others}`,
  );
};
