import type { Counts } from '../model/counts';
import { addCounts } from './add-counts';
import { countText } from './count-text';
import { countWords } from './count-words';

export interface ArticleCounts {
  headline: Counts;
  standfirst: Counts;
  body: Counts;
  /** What the list and the status bar show: headline, standfirst and body together. */
  article: Counts;
}

/**
 * The one definition of an article's length, read by the library list and the status bar alike:
 * the headline, the standfirst and the body's final text (its counts as saved, or live while
 * typing). Captions, credits and comments are not counted, as in the printed column.
 */
export const articleCounts = (
  text: { headline: string; standfirst: string },
  body: Counts,
): ArticleCounts => {
  const headline = countText(text.headline);
  const standfirst = countText(text.standfirst);
  return { headline, standfirst, body, article: addCounts(headline, standfirst, body) };
};

/** `articleCounts(text, body).article.words` from the body's saved word count: the list's figure. */
export const articleWords = (
  text: { headline: string; standfirst: string },
  bodyWords: number,
): number => countWords(text.headline) + countWords(text.standfirst) + bodyWords;
