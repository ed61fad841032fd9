import type { BenchResults } from './bench-results';
import type { Summary } from './statistics';

const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const figures = (summary: Summary): string[] =>
  [summary.min, summary.median, summary.p95, summary.max].map(ms);
const mebibytes = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
const kibibytes = (bytes: number): string => `${Math.round(bytes / 1024)} KiB`;
const verdict = (met: boolean): string => (met ? 'met' : 'NOT met');

/** The benchmark as a Markdown table, targets beside the figures. */
/** Revisions, Yjs logs and search indexes included, against the bound of twice the Markdown. */
const sizeRatio = (size: { libraryBytes: number; markdownBytes: number }): string => {
  const ratio = size.libraryBytes / size.markdownBytes;
  return `${ratio.toFixed(2)}× the Markdown (≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`;
};

export const printReport = (results: BenchResults): string => {
  const { open, search, saves, size, machine } = results;
  const lines = [
    `Copydesk library benchmark — ${results.articles} articles, seed ${results.seed}, ${results.date}`,
    `${machine.cpu} × ${machine.cores}, ${machine.ramGiB} GiB, ${machine.os}, Node ${machine.node}, SQLite ${machine.sqlite}, load ${machine.loadAverage.join(' ')}`,
    `commit ${machine.commit ?? '?'}${machine.uncommittedChanges ? ' (+ uncommitted changes)' : ''}; ${machine.ripgrep ?? 'ripgrep absent'}; disk ${machine.disk ?? '?'}`,
    `generation: ${results.generationMs === null ? '?' : (results.generationMs / 1000).toFixed(1)} s through library.create/setStatus (batches of 250 in one transaction)${results.reusedLibrary ? ', by an earlier run (--library)' : ''}`,
    '',
    row(['figure (ms)', 'runs', 'min', 'median', 'p95', 'max', 'ratio of medians', 'target']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
    row([
      '(a) open library + first page (50, by update)',
      String(open.subject.runs),
      ...figures(open.subject),
      `${open.ratio}× raw`,
      `< 100 ms: ${verdict(open.subject.median < 100)}`,
    ]),
    row([
      '    raw SQL, same page, open connection',
      String(open.baseline.runs),
      ...figures(open.baseline),
      '',
      '',
    ]),
    row([
      `    page at article ${results.deepPage.offset.toLocaleString('en')} (50, by update), library open`,
      String(results.deepPage.timing.runs),
      ...figures(results.deepPage.timing),
      '',
      'summaries only, from an index',
    ]),
    row([
      '(b) search, 50 queries, library.list({ text })',
      String(search.library.runs),
      ...figures(search.library),
      '',
      `p95 < 30 ms: ${verdict(search.library.p95 < 30)}`,
    ]),
  ];
  for (const kind of search.byKind) {
    lines.push(
      row([
        `    search: ${kind.kind}`,
        String(kind.library.runs),
        ...figures(kind.library),
        '',
        `p95 < 30 ms: ${verdict(kind.library.p95 < 30)}`,
      ]),
    );
  }
  const versus = search.versusRipgrep;
  if (versus) {
    lines.push(
      row([
        `    library, 1 query per kind (${versus.queries.join(', ')})`,
        String(versus.subject.runs),
        ...figures(versus.subject),
        `${search.ratio}× faster than rg`,
        `≥ 20×: ${verdict((search.ratio ?? 0) >= 20)}`,
      ]),
      row([
        '    rg -i -l over the same .md files, same queries, interleaved',
        String(versus.baseline.runs),
        ...figures(versus.baseline),
        '',
        '',
      ]),
    );
  } else {
    lines.push(row(['    rg', '', '', '', '', '', 'rg skipped', '']));
  }
  for (const save of saves) {
    lines.push(
      row([
        `(c) save ${save.words.toLocaleString('en')}-word article`,
        String(save.comparison.subject.runs),
        ...figures(save.comparison.subject),
        `${save.comparison.ratio}× raw (p95 ${save.p95Ratio}×)`,
        `p95 ≤ 2× raw: ${verdict(save.p95Ratio <= 2)}`,
      ]),
      row([
        `    raw write + fsync, ${kibibytes(save.bytes)}`,
        String(save.comparison.baseline.runs),
        ...figures(save.comparison.baseline),
        '',
        '',
      ]),
    );
  }
  for (const typing of results.typing) {
    lines.push(
      row([
        `(e) typing burst (${typing.burstCharacters} characters, one update of ${typing.updateBytes} B), ${typing.words.toLocaleString('en')}-word article: applyUpdate = keystroke to durable in the main process`,
        String(typing.comparison.subject.runs),
        ...figures(typing.comparison.subject),
        `${typing.comparison.ratio}× raw (p95 ${typing.p95Ratio}×)`,
        `≤ 2× raw: ${verdict(typing.comparison.ratio <= 2)}`,
      ]),
      row([
        `    raw append + fsync of the same ${typing.updateBytes} B to an open file`,
        String(typing.comparison.baseline.runs),
        ...figures(typing.comparison.baseline),
        '',
        '',
      ]),
      row([
        '    derivation of one burst, later and off the keystroke path (row, body, counts, search)',
        String(typing.derivation.runs),
        ...figures(typing.derivation),
        '',
        'within 1 s of the burst',
      ]),
    );
  }
  const { migration } = results;
  lines.push(
    '',
    'skipped' in migration
      ? `(f) skipped: ${migration.skipped}`
      : `(f) ${migration.articles} synthetic articles: library.sqlite ${kibibytes(migration.beforeBytes)} at schema 4 (${(migration.beforeBytes / migration.articles / 1024).toFixed(1)} KiB per article), ${kibibytes(migration.afterBytes)} after migrating with every document seeded (${(migration.afterBytes / migration.articles / 1024).toFixed(1)} KiB per article, ×${(migration.afterBytes / migration.beforeBytes).toFixed(2)}); migration ${(migration.migrationMs / 1000).toFixed(1)} s including the backup copy`,
    `(d) library on disk: ${mebibytes(size.libraryBytes)} (${Math.round(size.libraryBytes / results.articles / 1024)} KiB per article); the same articles as .md: ${mebibytes(size.markdownBytes)}; ${sizeRatio(size)}`,
  );
  return lines.join('\n');
};
