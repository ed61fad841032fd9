import { describe, expect, it } from 'vitest';
import { countText } from './count-text';
import { readingMinutes } from './reading-time';

describe('readingMinutes', () => {
  it('times French articles from signes, 1,500 a minute by default, rounded up', () => {
    expect(readingMinutes({ words: 10, signes: 1_500 }, 'fr')).toBe(1);
    expect(readingMinutes({ words: 10, signes: 1_501 }, 'fr-SN')).toBe(2);
    expect(readingMinutes({ words: 10_000, signes: 4_500 }, 'fr-CA')).toBe(3);
  });

  it('times other languages from words, 230 a minute by default', () => {
    expect(readingMinutes({ words: 230, signes: 99_999 }, 'en')).toBe(1);
    expect(readingMinutes({ words: 231, signes: 0 }, 'en-GB')).toBe(2);
    expect(readingMinutes({ words: 690, signes: 0 }, 'ar')).toBe(3);
  });

  it('never says 0 minutes, even for an empty or one-word text', () => {
    expect(readingMinutes({ words: 0, signes: 0 }, 'fr')).toBe(1);
    expect(readingMinutes(countText('Bonjour'), 'fr')).toBe(1);
    expect(readingMinutes({ words: 1, signes: 5 }, 'en')).toBe(1);
  });

  it('uses the configured speeds', () => {
    const speed = { signesPerMinute: 2_000, wordsPerMinute: 200 };
    expect(readingMinutes({ words: 10, signes: 4_000 }, 'fr', speed)).toBe(2);
    expect(readingMinutes({ words: 401, signes: 0 }, 'en', speed)).toBe(3);
  });

  it('takes only fr and fr-… tags, in any case, for French', () => {
    expect(readingMinutes({ words: 230, signes: 3_000 }, 'fy')).toBe(1);
    expect(readingMinutes({ words: 230, signes: 3_000 }, 'FR')).toBe(2);
  });
});
