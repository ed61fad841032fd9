import { describe, expect, it } from 'vitest';
import { UpgradeRate } from './upgrade-rate';

describe('UpgradeRate', () => {
  it('allows so many upgrades per address and minute, then refuses until the next minute', () => {
    let now = 0;
    const rate = new UpgradeRate(3, () => now);
    expect([1, 2, 3, 4].map(() => rate.allow('10.0.0.7'))).toEqual([true, true, true, false]);
    expect(rate.allow('10.0.0.8')).toBe(true);
    now = 59_999;
    expect(rate.allow('10.0.0.7')).toBe(false);
    now = 60_000;
    expect(rate.allow('10.0.0.7')).toBe(true);
  });
});
