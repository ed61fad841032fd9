import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Importer } from '../node/import/worker/create-importer';
import type { Command, CommandContext } from './command';
import { UsageError } from './usage-error';
import { wireOutcomeText } from './wire-outcome-text';
import { withLibrary } from './with-library';

// Files are read in the import worker, under its time budget and memory cap: a hostile file
// ends as a refusal naming it, never as a hung or crashed command.
const withImporter = async <T>(use: (importer: Importer) => Promise<T>): Promise<T> => {
  const { createImporter } = await import('../node/import/worker/create-importer');
  const importer = createImporter();
  try {
    return await use(importer);
  } finally {
    await importer.close();
  }
};

const importFiles = async (context: CommandContext, files: string[]): Promise<void> => {
  // Every file is read and checked before the library is touched: one bad file writes nothing.
  const read = await withImporter(async (importer) => {
    const all = [];
    for (const file of files) {
      all.push({ source: basename(file), items: await importer.readWire({ path: file }) });
    }
    return all;
  });
  await withLibrary(context, { create: false }, (library) => {
    for (const { source, items } of read) {
      for (const outcome of library.wire.store(items, source)) {
        context.io.stdout(wireOutcomeText(outcome));
      }
    }
  });
};

const positiveSeconds = (value: unknown): number => {
  const seconds = Number(value ?? 5);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError('--interval needs seconds');
  return seconds;
};

const watchFolder = async (context: CommandContext, folder: string): Promise<void> => {
  const { ingestWireFolder } = await import('../node/wire/ingest-wire-folder');
  const once = context.values.once === true;
  const interval = positiveSeconds(context.values.interval);
  await withLibrary(context, { create: false }, async (library) => {
    for (;;) {
      const outcomes = await withImporter((importer) =>
        ingestWireFolder(
          folder,
          {
            read: (name, bytes) => importer.readWire({ name, bytes }),
            store: (items, source) => library.wire.store(items, source),
          },
          { settleMs: once ? 0 : 2_000, now: Date.now },
        ),
      );
      for (const outcome of outcomes) {
        if ('refused' in outcome) context.io.stderr(`refused ${outcome.refused}\n`);
        else outcome.stored.forEach((stored) => context.io.stdout(wireOutcomeText(stored)));
      }
      if (once) return;
      await sleep(interval * 1_000);
    }
  });
};

export const wireCommand: Command = {
  name: 'wire',
  summary:
    'Agency copy: "wire import FILE..." stores NewsML 1.2, NewsML-G2 or ninjs items (added, updated or kept, one per line; one bad file stores nothing); "wire watch FOLDER" takes each file dropped there, moving it to imported/ or refused/.',
  arguments: 'import FILE... | watch FOLDER',
  options: { once: { type: 'boolean' }, interval: { type: 'string' } },
  optionHelp: [
    '--once            watch: take what the folder holds now, then stop',
    '--interval SECS   watch: seconds between looks at the folder (default 5)',
  ],
  positionals: { min: 2, max: Infinity },
  run: async (context) => {
    const [action, ...rest] = context.positionals;
    if (action === 'import') return importFiles(context, rest);
    if (action === 'watch') {
      if (rest.length !== 1) throw new UsageError("'wire watch' needs one FOLDER");
      return watchFolder(context, rest[0]!);
    }
    throw new UsageError(`unknown wire action '${action}' (import or watch)`);
  },
};
