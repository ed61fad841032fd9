import type { Comparison } from './interleave';
import type { MachineInfo } from './machine-info';
import type { SearchFigures } from './bench-search';
import type { Summary } from './statistics';

export interface SaveFigures {
  words: number;
  bytes: number;
  comparison: Comparison;
  /** p95(save) / p95(raw write + fsync) */
  p95Ratio: number;
}

export interface TypingFigures {
  words: number;
  burstCharacters: number;
  /** Mean size of one burst's merged update. */
  updateBytes: number;
  /** applyUpdate against a raw append + fsync of the same update bytes to an open file. */
  comparison: Comparison;
  /** p95(applyUpdate) / p95(raw append + fsync) */
  p95Ratio: number;
  /** The derivation one burst causes later, off the keystroke path (then a cheap read). */
  derivation: Summary;
}

export interface MigrationFigures {
  articles: number;
  /** library.sqlite as schema 4 stored the articles, and after migrating to today's schema. */
  beforeBytes: number;
  afterBytes: number;
  migrationMs: number;
}

/** Everything `npm run bench` measured, as written to bench/results/library-<date>.json. */
export interface BenchResults {
  date: string;
  articles: number;
  seed: number;
  rounds: number;
  /** Null when a kept library from an earlier run that did not note it was measured. */
  generationMs: number | null;
  /** Whether the run measured a library kept by an earlier run (`--library`). */
  reusedLibrary: boolean;
  machine: MachineInfo;
  open: Comparison;
  /** list() at offset 90 % of the articles: scrolling far without reading bodies. */
  deepPage: { offset: number; timing: Summary };
  search: SearchFigures;
  saves: SaveFigures[];
  typing: TypingFigures[];
  migration: MigrationFigures | { skipped: string };
  size: { libraryBytes: number; markdownBytes: number };
}
