import { describe, expect, it } from 'vitest';
import { deadlineState } from './deadline-state';

const now = new Date('2025-03-12T12:00:00Z');

describe('deadline marker', () => {
  it('marks a passed deadline as overdue', () => {
    expect(deadlineState('2025-03-12T11:59:00Z', 'draft', now)).toBe('overdue');
  });

  it('marks a deadline within 24 hours as soon, in any time zone notation', () => {
    expect(deadlineState('2025-03-13T12:00:00Z', 'submitted', now)).toBe('soon');
    expect(deadlineState('2025-03-13T09:30:00+01:00', 'draft', now)).toBe('soon');
  });

  it('leaves later deadlines, missing deadlines and finished articles unmarked', () => {
    expect(deadlineState('2025-03-13T12:00:01Z', 'draft', now)).toBeNull();
    expect(deadlineState(null, 'draft', now)).toBeNull();
    expect(deadlineState('2025-03-01T12:00:00Z', 'published', now)).toBeNull();
    expect(deadlineState('2025-03-01T12:00:00Z', 'spiked', now)).toBeNull();
  });
});
