import type { Library } from '../../electron/node/library/library';
import type { Summary } from './statistics';
import { summarize } from './statistics';

/** A page of 50 at 90 % of the list (article 90,000 of 100,000), by last update, `rounds` times. */
export const benchDeepPage = (
  library: Library,
  articles: number,
  rounds: number,
): { offset: number; timing: Summary } => {
  const offset = Math.floor(articles * 0.9);
  const samples: number[] = [];
  for (let round = 0; round < rounds + 1; round += 1) {
    const started = performance.now();
    const page = library.list({ sort: 'updated', offset, limit: 50 });
    if (round > 0) samples.push(performance.now() - started);
    if (page.items.length === 0) throw new Error(`No article listed at offset ${offset}.`);
  }
  return { offset, timing: summarize(samples) };
};
