import type { Summary } from '../statistics';
import { summarize } from '../statistics';

/** Alternates async cases A B A B … after `warmUp` untimed rounds; per-case summaries in ms. */
export const interleaveAsync = async (
  rounds: number,
  warmUp: number,
  cases: Readonly<Record<string, () => Promise<unknown>>>,
): Promise<Record<string, Summary>> => {
  const samples: Record<string, number[]> = Object.fromEntries(
    Object.keys(cases).map((name) => [name, []]),
  );
  for (let round = 0; round < warmUp + rounds; round += 1) {
    for (const [name, run] of Object.entries(cases)) {
      const started = performance.now();
      await run();
      const elapsed = performance.now() - started;
      if (round >= warmUp) samples[name]!.push(elapsed);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [name, summarize(values)]),
  );
};
