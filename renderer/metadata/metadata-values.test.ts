import { describe, expect, it } from 'vitest';
import { IsoDateTime } from '../../shared/model/article';
import { datelinePreview } from './dateline-preview';
import { fromLocalInput, toLocalInput } from './local-date-time';

describe('dateline preview', () => {
  it('is agency style in the interface language', () => {
    expect(datelinePreview({ place: 'Dakar', date: '2025-03-12' }, 'fr')).toBe('DAKAR, 12 mars –');
    expect(datelinePreview({ place: 'Dakar', date: '2025-03-12' }, 'en')).toBe('DAKAR, March 12 –');
    expect(datelinePreview({ place: 'Saint-Louis', date: '' }, 'fr')).toBe('SAINT-LOUIS –');
    expect(datelinePreview({ place: ' ', date: '' }, 'fr')).toBe('');
  });
});

describe('datetime-local values', () => {
  it('become ISO date-times with an offset that keep the typed wall time', () => {
    const iso = fromLocalInput('2025-03-12T18:05');
    expect(iso).toMatch(/^2025-03-12T18:05:00[+-]\d{2}:\d{2}$/);
    expect(IsoDateTime.safeParse(iso).success).toBe(true);
    expect(toLocalInput(iso)).toBe('2025-03-12T18:05');
  });

  it('refuse incomplete values and show nothing for none', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2025-03-12')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });
});
