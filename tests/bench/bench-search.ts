import { spawnSync } from 'node:child_process';
import type { Library } from '../../electron/node/library/library';
import type { Comparison } from './interleave';
import { interleave } from './interleave';
import type { Summary } from './statistics';
import { summarize } from './statistics';
import type { SearchCase } from './search-queries';
import { ripgrepPattern } from './search-queries';

export interface SearchFigures {
  library: Summary;
  /** Library against rg on the same subset of queries (one per kind), interleaved. */
  versusRipgrep: (Comparison & { queries: string[] }) | null;
  ratio: number | null;
  /** Library timings per kind of query. */
  byKind: { kind: SearchCase['kind']; library: Summary }[];
  /** Articles found per query, by the library and by rg (a sanity check, not a score). */
  hits: { query: string; kind: SearchCase['kind']; library: number; ripgrep: number | null }[];
}

export const ripgrepAvailable = (): boolean => spawnSync('rg', ['--version']).status === 0;

const ripgrepFiles = (pattern: string, folder: string): number => {
  const result = spawnSync('rg', ['-i', '-l', pattern, folder], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`rg failed: ${result.stderr}`);
  return result.stdout.split('\n').filter((line) => line.length > 0).length;
};

/** rg takes seconds per query over 10,000 files: it runs on the first query of each kind only. */
const ripgrepRounds = 3;

/**
 * (b) The 50 queries through `library.list({ text })` (first page of 50, ranked, with snippets,
 * and the total), `rounds` times; then the first query of each kind against `rg -i -l` over the
 * same articles as .md files, interleaved, for the ratio (both sides timed on the same queries).
 */
export const benchSearch = (
  library: Library,
  markdownFolder: string,
  cases: SearchCase[],
  rounds: number,
  withRipgrep: boolean,
): SearchFigures => {
  const search = (searchCase: SearchCase): number =>
    library.list({
      text: searchCase.text,
      statuses: searchCase.statuses ?? [],
      sort: 'relevance',
      limit: 50,
    }).total;
  const subset = cases.filter(
    (searchCase, index) => cases.findIndex((other) => other.kind === searchCase.kind) === index,
  );
  const hits = cases.map((searchCase) => ({
    query: searchCase.text + (searchCase.statuses ? ` [${searchCase.statuses.join(',')}]` : ''),
    kind: searchCase.kind,
    library: search(searchCase),
    ripgrep:
      withRipgrep && subset.includes(searchCase)
        ? ripgrepFiles(ripgrepPattern(searchCase.text), markdownFolder)
        : null,
  }));
  const samples: number[] = [];
  for (let round = 0; round < rounds + 1; round += 1) {
    for (const searchCase of cases) {
      const started = performance.now();
      search(searchCase);
      if (round > 0) samples.push(performance.now() - started);
    }
  }
  const versusRipgrep = withRipgrep
    ? {
        ...interleave({
          rounds: ripgrepRounds,
          warmUp: 0,
          cases: subset.length,
          subject: (index) => {
            search(subset[index]!);
          },
          baseline: (index) => {
            ripgrepFiles(ripgrepPattern(subset[index]!.text), markdownFolder);
          },
        }),
        queries: subset.map((searchCase) => searchCase.text),
      }
    : null;
  const kinds = [...new Set(cases.map((searchCase) => searchCase.kind))];
  return {
    library: summarize(samples),
    byKind: kinds.map((kind) => ({
      kind,
      library: summarize(
        samples.filter((_, position) => cases[position % cases.length]!.kind === kind),
      ),
    })),
    versusRipgrep,
    ratio:
      versusRipgrep === null
        ? null
        : Math.round((versusRipgrep.baseline.median / versusRipgrep.subject.median) * 10) / 10,
    hits,
  };
};
