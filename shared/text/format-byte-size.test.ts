import { describe, expect, it } from 'vitest';
import { formatByteSize } from './format-byte-size';

describe('formatByteSize', () => {
  it('picks the unit and the locale’s own symbols', () => {
    expect(formatByteSize(512, 'en')).toBe('512 byte');
    expect(formatByteSize(2_970_000_000, 'en')).toBe('3 GB');
    expect(formatByteSize(1_150_000_000, 'en')).toBe('1.2 GB');
    expect(formatByteSize(1_150_000_000, 'fr')).toMatch(/^1,2[\u00a0\u202f]Go$/);
    expect(formatByteSize(48_600, 'fr')).toMatch(/^49[\u00a0\u202f]ko$/);
  });
});
