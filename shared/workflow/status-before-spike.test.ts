import { describe, expect, it } from 'vitest';
import { statusBeforeSpike } from './status-before-spike';

describe('statusBeforeSpike', () => {
  it('is the status the latest spike left', () => {
    expect(
      statusBeforeSpike([
        { from: null, to: 'draft' },
        { from: 'draft', to: 'spiked' },
        { from: 'spiked', to: 'draft' },
        { from: 'draft', to: 'submitted' },
        { from: 'submitted', to: 'spiked' },
      ]),
    ).toBe('submitted');
  });

  it('is unknown when the article was never spiked', () => {
    expect(statusBeforeSpike([{ from: null, to: 'draft' }])).toBeUndefined();
  });
});
