/**
 * `npm run bench:merge` — issue 12, "Merge": two replicas of a 20,000-word article, each with
 * 1,000 concurrent typing-like edits (a word typed or a few characters erased at random places),
 * converge by exchanging state vectors then diffs. Baseline in the same run: one replica making
 * the same 2,000 edits itself. Also the live path (the other replica's 1,000 per-edit updates
 * applied one by one), the bytes exchanged, and the scaling check against a 40,000-word article.
 * Options: --words N, --edits N, --rounds N (default 10), --seed N. Writes
 * bench/results/merge-<date>.json. Absolute ms are orientation only; judge the ratios.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { machineInfo } from '../machine-info';
import type { Summary } from '../statistics';
import { measureMerge } from './measure-merge';

const { values } = parseArgs({
  options: {
    words: { type: 'string', default: '20000' },
    edits: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '10' },
    seed: { type: 'string', default: '20260613' },
  },
});
const words = Number(values.words);
const options = {
  edits: Number(values.edits),
  rounds: Math.max(10, Number(values.rounds)),
  warmUp: 2,
  seed: Number(values.seed),
};
const log = (line: string): void => void process.stdout.write(`${line}\n`);

log(`merge: ${words} words, ${options.edits} edits per replica, ${options.rounds} rounds …`);
const figures = measureMerge({ ...options, words });
log(`scaling: ${words * 2} words …`);
const doubled = measureMerge({ ...options, words: words * 2 });

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const ratio = (subject: Summary, baseline: Summary) =>
  (subject.median / Math.max(baseline.median, 0.001)).toFixed(2);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const row = (cells: string[]) => log(`| ${cells.join(' | ')} |`);
const machine = machineInfo(os.tmpdir(), 'n/a');

log('');
log(
  `Copydesk merge benchmark — seed ${options.seed}; ${machine.cpu} × ${machine.cores}, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`,
);
log('');
row(['workload (ms)', 'min', 'median', 'p95', 'max', 'ratio vs one replica']);
row(['---', '---', '---', '---', '---', '---']);
for (const [name, summary] of [
  [`converge: 2 replicas × ${options.edits} edits, state vectors + diffs`, figures.converge],
  [`live: ${options.edits} per-edit updates applied one by one`, figures.perEditUpdates],
  [`baseline: one replica makes the ${options.edits * 2} edits`, figures.oneReplica],
] as const) {
  row([
    name,
    ms(summary.min),
    ms(summary.median),
    ms(summary.p95),
    ms(summary.max),
    ratio(summary, figures.oneReplica),
  ]);
}
log('');
row(['bytes', `${figures.words} words`, `${doubled.words} words`]);
row(['---', '---', '---']);
for (const key of ['seedState', 'diffs', 'perEditUpdates', 'mergedState'] as const)
  row([key, kib(figures.bytes[key]), kib(doubled.bytes[key])]);
log('');
log(
  `scaling (converge median, ${doubled.words} vs ${figures.words} words; ≈ 2 expected for whole-document work, > 2.5 = bug): ${ratio(doubled.converge, figures.converge)}`,
);
log(
  `converged (same body on both replicas and via the live path): ${figures.converged && doubled.converged ? 'yes' : 'NO'}`,
);

const results = { date: new Date().toISOString(), ...options, machine, figures, doubled };
const output = path.resolve(
  import.meta.dirname,
  '../../../bench/results',
  `merge-${results.date.slice(0, 10)}.json`,
);
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
log('');
log(`Results: ${path.relative(process.cwd(), output)}`);
