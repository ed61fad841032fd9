import type { Counts } from '../model/counts';

export interface ReadingSpeed {
  /** French articles are timed from signes (the press unit), 1,500 a minute by default. */
  signesPerMinute: number;
  /** Other languages from words, 230 a minute by default. */
  wordsPerMinute: number;
}

export const defaultReadingSpeed: ReadingSpeed = { signesPerMinute: 1_500, wordsPerMinute: 230 };

export const isFrench = (language: string): boolean => /^fr(?:-|$)/i.test(language);

/** Whole minutes, rounded up and never below one: a reader never sees "0 min". */
export const readingMinutes = (
  counts: Pick<Counts, 'words' | 'signes'>,
  language: string,
  speed: ReadingSpeed = defaultReadingSpeed,
): number => {
  const minutes = isFrench(language)
    ? counts.signes / speed.signesPerMinute
    : counts.words / speed.wordsPerMinute;
  return Math.max(1, Math.ceil(minutes));
};
