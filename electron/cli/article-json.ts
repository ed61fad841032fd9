import type { Article } from '../../shared/model/article';
import { articleWords } from '../../shared/text/article-counts';

/** `show --json`: the whole article, with `words` at the top level like list and search. */
export const articleJson = (article: Article): Article & { words: number } => ({
  ...article,
  words: articleWords(article, article.counts.words),
});
