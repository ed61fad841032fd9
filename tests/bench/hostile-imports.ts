/**
 * `npx tsx tests/bench/hostile-imports.ts` — each generated hostile input (issue 11 §2) imported
 * through the real import worker, in a process of its own so that its peak RSS (main thread and
 * worker) is its own. Prints outcome, time and peak RSS; the target is < 10 s and < 1 GB each.
 * Time is from handing the bytes to a warm worker to the answer; a refusal by the budget counts.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { hostileInputs } from '../../electron/node/import/testing/hostile-inputs';
import { createImporter } from '../../electron/node/import/worker/create-importer';

interface Measure {
  name: string;
  outcome: string;
  seconds: number;
  peakMegabytes: number;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const manyTinyFiles = {
  name: '500 petits fichiers',
  about: '500 tiny Markdown files in one batch',
  run: async (importer: ReturnType<typeof createImporter>) => {
    for (let index = 0; index < 500; index += 1) {
      await importer.convert({ name: `${index}.md`, bytes: encode(`# Brève ${index}\n\nTexte.`) });
    }
    return 'imported 500';
  },
};

const measureOne = async (index: number): Promise<Measure> => {
  const importer = createImporter();
  await importer.convert({ name: 'warm.md', bytes: encode('# Chauffe') });
  const input = hostileInputs[index];
  const bytes = input === undefined ? undefined : await input.bytes();
  const started = performance.now();
  let outcome: string;
  try {
    if (input === undefined || bytes === undefined) outcome = await manyTinyFiles.run(importer);
    else {
      const draft = await importer.convert({ name: input.name, bytes });
      outcome = `imported (${Math.round(JSON.stringify(draft).length / 1024)} KB of JSON)`;
    }
  } catch (error) {
    outcome = error instanceof Error ? error.message : String(error);
  }
  const seconds = (performance.now() - started) / 1000;
  await importer.close();
  const peakMegabytes = process.resourceUsage().maxRSS / 1024;
  return { name: input?.name ?? manyTinyFiles.name, outcome, seconds, peakMegabytes };
};

const only = process.argv.indexOf('--one');
if (only >= 0) {
  process.stdout.write(`${JSON.stringify(await measureOne(Number(process.argv[only + 1])))}\n`);
} else {
  const script = fileURLToPath(import.meta.url);
  console.log(
    `${os.cpus().length} cores, load ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}, ${process.version}`,
  );
  console.log('| input | outcome | time (s) | peak RSS (MB) |\n|---|---|---|---|');
  for (let index = 0; index <= hostileInputs.length; index += 1) {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', script, '--one', String(index)],
      {
        encoding: 'utf8',
        maxBuffer: 1024 * 1024,
      },
    );
    const measure = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Measure;
    console.log(
      `| ${measure.name} | ${measure.outcome} | ${measure.seconds.toFixed(2)} | ${Math.round(measure.peakMegabytes)} |`,
    );
  }
}
