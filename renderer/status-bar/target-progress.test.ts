import { describe, expect, it } from 'vitest';
import { targetProgress } from './target-progress';

describe('targetProgress', () => {
  it('measures in the target’s unit', () => {
    const counts = { words: 300, signes: 1_800 };
    expect(targetProgress(counts, { value: 600, unit: 'words' })).toEqual({
      value: 300,
      target: 600,
      percent: 50,
      over: false,
      excess: 0,
    });
    expect(targetProgress(counts, { value: 1_500, unit: 'signes' })).toEqual({
      value: 1_800,
      target: 1_500,
      percent: 120,
      over: true,
      excess: 300,
    });
  });

  it('is not over at exactly the target', () => {
    expect(targetProgress({ words: 500, signes: 0 }, { value: 500, unit: 'words' })).toMatchObject({
      percent: 100,
      over: false,
      excess: 0,
    });
  });
});
