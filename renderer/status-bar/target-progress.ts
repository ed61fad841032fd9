import type { TargetLength } from '../../shared/model/article';
import type { Counts } from '../../shared/model/counts';

export interface TargetProgress {
  value: number;
  target: number;
  /** Whole percent, past 100 when over. */
  percent: number;
  over: boolean;
  /** How far past the target (0 until it is reached). */
  excess: number;
}

/** Where the body stands against the target, in the target's unit. */
export const targetProgress = (
  counts: Pick<Counts, 'words' | 'signes'>,
  target: TargetLength,
): TargetProgress => {
  const value = target.unit === 'words' ? counts.words : counts.signes;
  return {
    value,
    target: target.value,
    percent: Math.floor((value / target.value) * 100),
    over: value > target.value,
    excess: Math.max(0, value - target.value),
  };
};
