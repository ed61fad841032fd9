/**
 * `npm run bench:newsroom` — issue 14: 50 simulated desks typing into 10 articles on one
 * newsroom server (propagation latency p50/p95, server CPU and memory), the same load on two
 * instances with PostgreSQL and Redis (when COPYDESK_TEST_POSTGRES_URL and COPYDESK_TEST_REDIS_URL
 * are set), and the anchor: a bare Hocuspocus server with no persistence and no authentication
 * under the same load in the same run. Also: a desk reconnecting with 1,000 offline edits.
 * Options: --typists N (50), --articles N (10), --seconds N (20), --keystroke-ms N (200).
 * Writes bench/results/newsroom-<date>.json. Judge the ratios; absolute ms are orientation only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { machineInfo } from '../machine-info';
import { createBenchLibrary } from './bench-library';
import { cliScript, freePort, startChildServer, type ChildServer } from './child-server';
import { addMember, redeemInvitation } from './join-newsroom';
import { measureOfflineReconnect } from './offline-reconnect';
import { watchProcess } from './process-usage';
import { simulateTyping, type TypingFigures } from './simulate-typing';

const { values } = parseArgs({
  options: {
    typists: { type: 'string', default: '50' },
    articles: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
    'keystroke-ms': { type: 'string', default: '200' },
  },
});
const typists = Number(values.typists);
const seconds = Number(values.seconds);
const keystrokeMs = Number(values['keystroke-ms']);
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const here = path.dirname(new URL(import.meta.url).pathname);

interface RunFigures extends TypingFigures {
  serverCores: number;
  serverPeakRssMiB: number;
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-newsroom-bench-'));
const { folder, articles } = createBenchLibrary(root, Number(values.articles));

const underLoad = async (servers: ChildServer[], token: string | null): Promise<RunFigures> => {
  const watches = servers.map((server) => watchProcess(server.child.pid ?? 0));
  const figures = await simulateTyping({
    urls: servers.map((server) => server.url),
    articles,
    typists,
    token: () => token,
    seconds,
    keystrokeMs,
  });
  const usage = watches.map((watch) => watch.stop());
  return {
    ...figures,
    serverCores: usage.reduce((sum, one) => sum + one.cores, 0),
    serverPeakRssMiB: usage.reduce((sum, one) => sum + one.peakRssBytes, 0) / 1024 / 1024,
  };
};

const copydeskServer = (args: string[]): Promise<ChildServer> =>
  freePort().then((port) =>
    startChildServer(cliScript, [...args, 'serve', '--port', String(port)], /ready at ws:/),
  );

const results: Record<string, RunFigures | number | string> = {};
try {
  log(`anchor: bare Hocuspocus, ${typists} desks × ${articles.length} articles, ${seconds} s …`);
  const bare = await startChildServer(path.join(here, 'bare-server.ts'), [], /ready at ws:/);
  results.bare = await underLoad([bare], null);
  await bare.stop();

  log('one Copydesk server on the library (SQLite) …');
  const invitation = addMember(folder, 'bench');
  const single = await copydeskServer(['--library', folder]);
  const credential = await redeemInvitation(single.url, invitation);
  results.single = await underLoad([single], credential);
  const first = articles[0];
  if (!first) throw new Error('No article.');
  log('a desk reconnecting with 1,000 offline edits …');
  results.reconnect1000Ms = await measureOfflineReconnect(single.url, credential, first, 1_000);
  await single.stop();

  const database = process.env.COPYDESK_TEST_POSTGRES_URL;
  const redis = process.env.COPYDESK_TEST_REDIS_URL;
  if (database && redis) {
    log('two Copydesk instances on PostgreSQL + Redis …');
    const shared = ['--database', database, '--redis', redis];
    const pgInvitation = addMember(folder, 'bench-scaled', shared);
    const instances = [await copydeskServer(shared), await copydeskServer(shared)];
    const pgCredential = await redeemInvitation(instances[0]?.url ?? '', pgInvitation);
    results.scaled = await underLoad(instances, pgCredential);
    await Promise.all(instances.map((instance) => instance.stop()));
  } else {
    results.scaled =
      'not measured: set COPYDESK_TEST_POSTGRES_URL and COPYDESK_TEST_REDIS_URL (node electron/tooling/test-services.mjs start DIR prints them)';
  }
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}

const machine = machineInfo(os.tmpdir(), 'n/a');
const row = (cells: string[]) => log(`| ${cells.join(' | ')} |`);
const ms = (value: number) => value.toFixed(1);
log('');
log(
  `Copydesk newsroom benchmark — ${typists} desks, ${articles.length} articles, a keystroke every ${keystrokeMs} ms for ${seconds} s; ${machine.cpu} × ${machine.cores}, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`,
);
log('');
row([
  'server',
  'p50 ms',
  'p95 ms',
  'p95 vs bare',
  'keystrokes',
  'deliveries',
  'server CPU (cores)',
  'server peak RSS (MiB)',
]);
row(['---', '---', '---', '---', '---', '---', '---', '---']);
const bareRun = results.bare;
for (const [name, run] of Object.entries(results)) {
  if (typeof run !== 'object') continue;
  row([
    name,
    ms(run.latency.median),
    ms(run.latency.p95),
    `${(run.latency.p95 / Math.max(bareRun.latency.p95, 0.001)).toFixed(2)}×`,
    String(run.keystrokes),
    String(run.received),
    run.serverCores.toFixed(2),
    run.serverPeakRssMiB.toFixed(0),
  ]);
}
if (typeof results.scaled === 'string') log(`\ntwo instances: ${results.scaled}`);
log(`\nreconnect with 1,000 offline edits: ${ms(Number(results.reconnect1000Ms))} ms to synced`);
const resultsFolder = path.join(here, '../../../bench/results');
fs.mkdirSync(resultsFolder, { recursive: true });
const file = path.join(resultsFolder, `newsroom-${new Date().toISOString().slice(0, 10)}.json`);
fs.writeFileSync(
  file,
  `${JSON.stringify({ machine, typists, seconds, keystrokeMs, results }, null, 2)}\n`,
);
log(`results: ${path.relative(process.cwd(), file)}`);
process.exit(0);
