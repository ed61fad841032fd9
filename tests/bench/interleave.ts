import type { Summary } from './statistics';
import { summarize } from './statistics';

/** A measured action; what it returns (e.g. closing what it opened) runs untimed. */
export type Measured = (index: number) => void | (() => void);

const timed = (action: Measured, index: number): number => {
  const started = performance.now();
  const cleanup = action(index);
  const elapsed = performance.now() - started;
  if (typeof cleanup === 'function') cleanup();
  return elapsed;
};

export interface Comparison {
  subject: Summary;
  baseline: Summary;
  /** median(subject) / median(baseline) */
  ratio: number;
  /** Timed samples in run order (round by round, case by case), for a closer look. */
  samples: { subject: number[]; baseline: number[] };
}

/**
 * Runs subject and baseline alternately (A B A B …) after `warmUp` untimed rounds, so both see
 * the same machine load; each round may run several cases (`cases` calls per side).
 */
export const interleave = (options: {
  rounds: number;
  warmUp: number;
  cases: number;
  subject: Measured;
  baseline: Measured;
}): Comparison => {
  const subject: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < options.warmUp + options.rounds; round += 1) {
    for (let index = 0; index < options.cases; index += 1) {
      const a = timed(options.subject, index);
      const b = timed(options.baseline, index);
      if (round >= options.warmUp) {
        subject.push(a);
        baseline.push(b);
      }
    }
  }
  const subjectSummary = summarize(subject);
  const baselineSummary = summarize(baseline);
  return {
    subject: subjectSummary,
    baseline: baselineSummary,
    ratio:
      Math.round((subjectSummary.median / Math.max(baselineSummary.median, 0.001)) * 100) / 100,
    samples: { subject, baseline },
  };
};
