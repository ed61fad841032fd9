import type { Comparison } from './interleave';
import type { MachineInfo } from './machine-info';
import type { SearchFigures } from './bench-search';

export interface SaveFigures {
  words: number;
  bytes: number;
  comparison: Comparison;
  /** p95(save) / p95(raw write + fsync) */
  p95Ratio: number;
}

/** Everything `npm run bench` measured, as written to bench/results/library-<date>.json. */
export interface BenchResults {
  date: string;
  articles: number;
  seed: number;
  rounds: number;
  generationMs: number;
  machine: MachineInfo;
  open: Comparison;
  search: SearchFigures;
  saves: SaveFigures[];
  size: { libraryBytes: number; markdownBytes: number };
}
