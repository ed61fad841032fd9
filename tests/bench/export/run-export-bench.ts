/**
 * `npm run bench:export` — issue 6 item 10 (P5): export N synthetic articles (default 1,000) to
 * Markdown and to HTML through the real service (worker thread, crash-safe writes), against
 * pandoc converting the same HTML to Markdown in the same run (batched, and one call per file on a
 * sample), and raw writeFile of the same bytes; then the scaling check, one 20k- vs 40k-word
 * article. Options: --articles N, --rounds N (default 3), --sample N (per-file pandoc, default
 * 100), --seed N. Writes bench/results/export-<date>.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderArticleHtmlDocument } from '../../../shared/export/render-html-document';
import { renderArticleMarkdown } from '../../../shared/export/render-markdown';
import { exportArticles } from '../../../electron/node/export/export-articles';
import { renderArticleDocx } from '../../../electron/node/export/render-docx';
import { writeExportFile } from '../../../electron/node/export/write-export';
import { openLibrary } from '../../../electron/node/library/open-library';
import { machineInfo } from '../machine-info';
import type { Summary } from '../statistics';
import { summarize } from '../statistics';
import { createExportLibrary, doubled, longArticle } from './export-corpus';
import { pandocBatched, pandocOneFile, pandocVersion } from './pandoc';
import { interleaveAsync } from './time-async';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    sample: { type: 'string', default: '100' },
    seed: { type: 'string', default: '20260613' },
  },
});
const count = Number(values.articles);
const rounds = Math.max(1, Number(values.rounds));
const sample = Math.max(1, Number(values.sample));
const seed = Number(values.seed);
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-export-bench-'));
const pandoc = pandocVersion();
if (pandoc === null)
  log('pandoc is not installed: its baseline is skipped (apt-get install -y pandoc).');

const exportOnce = async (
  library: ReturnType<typeof openLibrary>,
  ids: string[],
  format: 'md' | 'html',
  outDir: string,
) => {
  const stamps: number[] = [];
  const started = performance.now();
  const paths = await exportArticles({
    library,
    ids,
    format,
    outDir,
    images: 'folder',
    stylesheet: true,
    gutenberg: false,
    nofollow: false,
    ignoreEmbargo: true,
    onProgress: () => stamps.push(performance.now()),
  });
  const wall = performance.now() - started;
  // Time per article between progress messages; the first one also holds the worker's start.
  const perArticle = stamps.slice(1).map((stamp, index) => stamp - stamps[index]!);
  return { wall, perArticle, startup: (stamps[0] ?? started) - started, paths };
};

const timed = async (work: () => unknown): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

try {
  log(`Generating ${count} articles in ${root} …`);
  const { folder, ids } = createExportLibrary(root, count, seed);
  const library = openLibrary(folder, { create: false });
  const walls: Record<string, number[]> = { md: [], html: [], pandocBatched: [], rawWrite: [] };
  const perArticle: Record<string, number[]> = { md: [], html: [] };
  const startups: number[] = [];
  let htmlFiles: string[] = [];
  try {
    for (let round = 0; round <= rounds; round += 1) {
      const warmUp = round === 0;
      log(
        `${warmUp ? 'warm-up' : `round ${round}/${rounds}`}: Markdown, HTML, pandoc, raw write …`,
      );
      const dir = path.join(root, `round-${round}`);
      const md = await exportOnce(library, ids, 'md', path.join(dir, 'md'));
      const html = await exportOnce(library, ids, 'html', path.join(dir, 'html'));
      htmlFiles = html.paths;
      const contents = md.paths.map((file) => fs.readFileSync(file));
      const rawDir = path.join(dir, 'raw');
      fs.mkdirSync(rawDir);
      const raw = await timed(() =>
        Promise.all(
          contents.map((bytes, index) =>
            fs.promises.writeFile(path.join(rawDir, `${index}.md`), bytes),
          ),
        ),
      );
      const batched =
        pandoc === null
          ? null
          : await timed(() => pandocBatched(html.paths, path.join(dir, 'pandoc.md')));
      if (!warmUp) {
        walls.md!.push(md.wall);
        walls.html!.push(html.wall);
        walls.rawWrite!.push(raw);
        if (batched !== null) walls.pandocBatched!.push(batched);
        perArticle.md!.push(...md.perArticle);
        perArticle.html!.push(...html.perArticle);
        startups.push(md.startup, html.startup);
      }
      if (round < rounds) fs.rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    library.close();
  }

  const pandocPerFile: number[] = [];
  if (pandoc !== null) {
    log(`pandoc, one call per file, on ${sample} files …`);
    for (const [index, file] of htmlFiles.slice(0, sample).entries()) {
      pandocPerFile.push(
        await timed(() => pandocOneFile(file, path.join(root, `one-${index}.md`))),
      );
    }
  }

  log(
    'scaling: one 20k- vs one 40k-word article (render only, and render + crash-safe write; 20 interleaved runs) …',
  );
  const article20k = longArticle(seed, 20_000);
  const article40k = doubled(article20k);
  const scalingDir = path.join(root, 'scaling');
  fs.mkdirSync(scalingDir);
  type Long = typeof article20k;
  const renderers = {
    md: (article: Long) => Promise.resolve(renderArticleMarkdown(article)),
    html: (article: Long) => Promise.resolve(renderArticleHtmlDocument(article)),
    docx: (article: Long) => renderArticleDocx(article, () => null),
  };
  const scalingCases: Record<string, () => Promise<unknown>> = {};
  for (const [format, render] of Object.entries(renderers)) {
    for (const [size, article] of [
      ['20k', article20k],
      ['40k', article40k],
    ] as const) {
      scalingCases[`${format}${size}`] = () => render(article);
      scalingCases[`${format}${size}+write`] = async () =>
        writeExportFile(path.join(scalingDir, `${size}.${format}`), await render(article));
    }
  }
  const scaling = await interleaveAsync(20, 3, scalingCases);
  const ratio = (big: Summary, small: Summary) =>
    Math.round((big.median / small.median) * 100) / 100;

  const summaries = Object.fromEntries(
    Object.entries(walls).map(([name, samples]) => [name, summarize(samples)]),
  );
  const perFile = {
    md: summarize(perArticle.md!),
    html: summarize(perArticle.html!),
    pandocOneFile: summarize(pandocPerFile),
  };
  const results = {
    date: new Date().toISOString(),
    articles: count,
    rounds,
    seed,
    pandoc,
    machine: machineInfo(root, 'n/a'),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    workerStartMs: summarize(startups),
    batchWallMs: summaries,
    perArticleMs: perFile,
    scaling: {
      words: { small: article20k.counts.words, large: article40k.counts.words },
      summaries: scaling,
      ratios: Object.fromEntries(
        ['md', 'html', 'docx'].flatMap((format) => [
          [format, ratio(scaling[`${format}40k`]!, scaling[`${format}20k`]!)],
          [
            `${format}+write`,
            ratio(scaling[`${format}40k+write`]!, scaling[`${format}20k+write`]!),
          ],
        ]),
      ),
    },
  };

  const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
  const row = (cells: string[]) => log(`| ${cells.join(' | ')} |`);
  const perArticleOf = (summary: Summary | undefined) =>
    summary === undefined || summary.runs === 0 ? '–' : ms(summary.median / count);
  log('');
  log(
    `Copydesk export benchmark — ${count} articles × ${rounds} rounds, seed ${seed}; ${pandoc ?? 'pandoc absent'}`,
  );
  log(
    `${results.machine.cpu} × ${results.machine.cores}, Node ${results.machine.node}, load ${results.machine.loadAverage.join(' ')}; peak RSS ${results.peakRssMiB} MiB; worker start median ${ms(results.workerStartMs.median)} ms`,
  );
  log('');
  row([
    'workload (ms)',
    'median total',
    'per article (total/N)',
    'per-article p95',
    'ratio vs pandoc batched',
  ]);
  row(['---', '---', '---', '---', '---']);
  const pandocMedian = summaries.pandocBatched!.runs > 0 ? summaries.pandocBatched!.median : null;
  const vsPandoc = (summary: Summary) =>
    pandocMedian === null ? '–' : (summary.median / pandocMedian).toFixed(2);
  row([
    'Copydesk → Markdown (worker, fsync per file)',
    ms(summaries.md!.median),
    perArticleOf(summaries.md),
    ms(perFile.md.p95),
    vsPandoc(summaries.md!),
  ]);
  row([
    'Copydesk → HTML document (worker, fsync per file)',
    ms(summaries.html!.median),
    perArticleOf(summaries.html),
    ms(perFile.html.p95),
    vsPandoc(summaries.html!),
  ]);
  row([
    'pandoc HTML → GFM, one batched call',
    pandocMedian === null ? '–' : ms(pandocMedian),
    perArticleOf(summaries.pandocBatched),
    '–',
    '1.00',
  ]);
  row([
    `pandoc HTML → GFM, one call per file (${pandocPerFile.length} files)`,
    '–',
    pandocPerFile.length === 0 ? '–' : ms(perFile.pandocOneFile.median),
    pandocPerFile.length === 0 ? '–' : ms(perFile.pandocOneFile.p95),
    '–',
  ]);
  row([
    'raw writeFile of the same Markdown bytes (no fsync)',
    ms(summaries.rawWrite!.median),
    perArticleOf(summaries.rawWrite),
    '–',
    vsPandoc(summaries.rawWrite!),
  ]);
  log('');
  row([
    'scaling (median ms)',
    `${article20k.counts.words} words`,
    `${article40k.counts.words} words`,
    'ratio (target ≈ 2, > 2.5 = bug)',
  ]);
  row(['---', '---', '---', '---']);
  for (const format of ['md', 'html', 'docx']) {
    for (const suffix of ['', '+write']) {
      const name = `${format}${suffix}`;
      row([
        `${format} render${suffix === '' ? '' : ' + write'}`,
        ms(scaling[`${format}20k${suffix}`]!.median),
        ms(scaling[`${format}40k${suffix}`]!.median),
        String(results.scaling.ratios[name]),
      ]);
    }
  }
  const output = path.resolve(
    import.meta.dirname,
    '../../../bench/results',
    `export-${results.date.slice(0, 10)}.json`,
  );
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
  log('');
  log(`Results: ${path.relative(process.cwd(), output)}`);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
