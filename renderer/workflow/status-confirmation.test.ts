import { describe, expect, it } from 'vitest';
import { statusConfirmation } from './status-confirmation';

describe('which status moves ask first', () => {
  it('asks before a move that tells someone else', () => {
    expect(statusConfirmation('submit')).toBe('notify');
    expect(statusConfirmation('resubmit')).toBe('notify');
    expect(statusConfirmation('requestChanges')).toBe('notify');
  });

  it('asks before publishing', () => {
    expect(statusConfirmation('publish')).toBe('publish');
  });

  it('takes the moves undone the same way at once', () => {
    for (const action of ['withdraw', 'approve', 'spike', 'unspike'] as const) {
      expect(statusConfirmation(action)).toBeNull();
    }
  });
});
