import type { Article } from '../../shared/model/article';

/** `show --json`: the whole article, with `words` at the top level like list and search. */
export const articleJson = (article: Article): Article & { words: number } => ({
  ...article,
  words: article.counts.words,
});
