import { spawnSync } from 'node:child_process';
import type { Library } from '../../electron/services/library/library';
import type { Comparison } from './interleave';
import { interleave } from './interleave';
import type { Summary } from './statistics';
import { summarize } from './statistics';
import type { SearchCase } from './search-queries';
import { ripgrepPattern } from './search-queries';

export interface SearchFigures {
  library: Comparison['subject'];
  ripgrep: Comparison['baseline'] | null;
  ratio: number | null;
  /** Library and rg timings per kind of query. */
  byKind: { kind: SearchCase['kind']; library: Summary; ripgrep: Summary | null }[];
  /** Articles found per query, by the library and by rg (a sanity check, not a score). */
  hits: { query: string; kind: SearchCase['kind']; library: number; ripgrep: number | null }[];
}

export const ripgrepAvailable = (): boolean => spawnSync('rg', ['--version']).status === 0;

const ripgrepFiles = (pattern: string, folder: string): number => {
  const result = spawnSync('rg', ['-i', '-l', pattern, folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`rg failed: ${result.stderr}`);
  return result.stdout.split('\n').filter((line) => line.length > 0).length;
};

/**
 * (b) The 50 queries through `library.list({ text })` (first page of 50, ranked, with snippets,
 * and the total) against `rg -i -l` over the same articles as .md files, interleaved.
 */
export const benchSearch = (
  library: Library,
  markdownFolder: string,
  cases: SearchCase[],
  rounds: number,
  withRipgrep: boolean,
): SearchFigures => {
  const search = (index: number): number => {
    const { text, statuses } = cases[index]!;
    return library.list({ text, statuses: statuses ?? [], sort: 'relevance', limit: 50 }).total;
  };
  const hits = cases.map((searchCase, index) => ({
    query: searchCase.text + (searchCase.statuses ? ` [${searchCase.statuses.join(',')}]` : ''),
    kind: searchCase.kind,
    library: search(index),
    ripgrep: withRipgrep ? ripgrepFiles(ripgrepPattern(searchCase.text), markdownFolder) : null,
  }));
  const comparison = interleave({
    rounds,
    warmUp: 1,
    cases: cases.length,
    subject: (index) => {
      search(index);
    },
    baseline: (index) => {
      if (withRipgrep) ripgrepFiles(ripgrepPattern(cases[index]!.text), markdownFolder);
    },
  });
  const kinds = [...new Set(cases.map((searchCase) => searchCase.kind))];
  const ofKind = (samples: number[], kind: SearchCase['kind']): number[] =>
    samples.filter((_, position) => cases[position % cases.length]!.kind === kind);
  return {
    library: comparison.subject,
    byKind: kinds.map((kind) => ({
      kind,
      library: summarize(ofKind(comparison.samples.subject, kind)),
      ripgrep: withRipgrep ? summarize(ofKind(comparison.samples.baseline, kind)) : null,
    })),
    ripgrep: withRipgrep ? comparison.baseline : null,
    ratio: withRipgrep ? Math.round((comparison.baseline.median / comparison.subject.median) * 10) / 10 : null,
    hits,
  };
};
