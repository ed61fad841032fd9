import type { ArticleSummary } from '../../shared/model/article';
import type { Library } from '../node/library/library';
import type { ListQueryInput } from '../../shared/model/list-query';

const pageSize = 200;

/** Every matching summary, page by page (the library never returns more than 200 at once). */
export const allSummaries = (library: Library, query: ListQueryInput): ArticleSummary[] => {
  const items: ArticleSummary[] = [];
  for (;;) {
    const page = library.list({ ...query, offset: items.length, limit: pageSize });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
};
