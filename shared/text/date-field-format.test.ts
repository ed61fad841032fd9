import { describe, expect, it } from 'vitest';
import { dateFieldFormat } from './date-field-format';

const { parseDate, parseDateTime, formatDate, formatDateTime } = dateFieldFormat;

describe('dateFieldFormat', () => {
  it('reads French dates day first, never month first', () => {
    expect(parseDate('07/12/2026', 'fr')).toBe('2026-12-07');
    expect(parseDate('7.3.2024', 'fr')).toBe('2024-03-07');
    expect(parseDate('31/02/2026', 'fr')).toBeNull();
    expect(parseDate('12/31/2026', 'fr')).toBeNull();
    expect(parseDate('07/12/26', 'fr')).toBeNull();
    expect(parseDate('', 'fr')).toBeNull();
  });

  it('reads English dates year first', () => {
    expect(parseDate('2026-12-07', 'en')).toBe('2026-12-07');
    expect(parseDate('12/07/2026', 'en')).toBeNull();
  });

  it('reads 24-hour times, French "18h30" and "à" included', () => {
    expect(parseDateTime('08/12/2026 06:00', 'fr')).toBe('2026-12-08T06:00');
    expect(parseDateTime('8/12/2026 à 18h30', 'fr')).toBe('2026-12-08T18:30');
    expect(parseDateTime('2026-12-08 18:30', 'en')).toBe('2026-12-08T18:30');
    expect(parseDateTime('08/12/2026 24:00', 'fr')).toBeNull();
    expect(parseDateTime('08/12/2026 6:00 PM', 'fr')).toBeNull();
    expect(parseDateTime('08/12/2026', 'fr')).toBeNull();
  });

  it('writes stored values back in the same format, so they read back unchanged', () => {
    expect(formatDate('2026-12-07', 'fr')).toBe('07/12/2026');
    expect(formatDate('2026-12-07', 'en')).toBe('2026-12-07');
    expect(formatDate('', 'fr')).toBe('');
    expect(formatDateTime('2026-12-08T18:30', 'fr')).toBe('08/12/2026 18:30');
    for (const language of ['fr', 'en'] as const) {
      const text = formatDateTime('2026-02-28T07:05', language);
      expect(parseDateTime(text, language)).toBe('2026-02-28T07:05');
    }
  });
});
