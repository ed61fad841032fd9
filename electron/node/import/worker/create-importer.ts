import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/errors/error-code';
import type { WireItem } from '../../../../shared/model/wire-item';
import type { ImportedDraft } from '../imported-draft';
import { importWorkerEntry } from './import-worker-entry';
import type { FromImportWorker, ImportSource, ToImportWorker } from './import-worker-messages';

export interface ImportWorkerLimits {
  /** Wall-clock budget for converting one file. */
  seconds: number;
  /** V8 old-generation cap of the worker: past it the worker is stopped, not the app. */
  heapMegabytes: number;
  /**
   * Files one worker converts before a fresh one takes over (100 by default). The intake keeps
   * a little memory per file, so a feed of thousands of wire files in one worker reached the cap
   * near the 1,500th and an innocent file was refused; a new worker starts from nothing.
   */
  filesPerWorker?: number;
}

export const importWorkerLimits: ImportWorkerLimits = { seconds: 8, heapMegabytes: 448 };

export interface Importer {
  /** Converts one file in the worker; a file past the budget or the cap rejects with 'invalid'. */
  convert(source: ImportSource): Promise<ImportedDraft>;
  /** Reads one agency file (NewsML 1.2, NewsML-G2, ninjs) in the worker, under the same limits. */
  readWire(source: ImportSource): Promise<WireItem[]>;
  /** Waits for the file in progress, then ends the worker. */
  close(): Promise<void>;
}

const sourceName = (source: ImportSource): string =>
  'path' in source ? basename(source.path) : source.name;

const refusal = (name: string, why: string): AppError =>
  new AppError(
    'invalid',
    `Cannot import ${name}: ${why}, so it was stopped; the file is too large or too complex.`,
  );

// A copy of exactly the file's bytes, moved (not cloned) to the worker.
const message = (
  type: ToImportWorker['type'],
  id: number,
  source: ImportSource,
): [ToImportWorker, ArrayBuffer[]] => {
  if ('path' in source) return [{ type, id, source }, []];
  const bytes = source.bytes.slice();
  return [{ type, id, source: { name: source.name, bytes } }, [bytes.buffer]];
};

type Converted = { type: 'import'; value: ImportedDraft } | { type: 'wire'; value: WireItem[] };

/**
 * Converts files one at a time in a worker thread with a memory cap and a per-file time budget.
 * A runaway file terminates the worker (the calling thread and the library are untouched) and
 * the next file gets a fresh one. Idle, the worker does not keep the process alive.
 */
export const createImporter = (limits: ImportWorkerLimits = importWorkerLimits): Importer => {
  let worker: Worker | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 0;
  let handled = 0;

  const stop = async (): Promise<void> => {
    const current = worker;
    worker = undefined;
    await current?.terminate();
  };

  const start = (): Worker => {
    if (worker !== undefined) return worker;
    handled = 0;
    const started = new Worker(importWorkerEntry(), {
      resourceLimits: {
        maxOldGenerationSizeMb: limits.heapMegabytes,
        maxYoungGenerationSizeMb: 32,
      },
    });
    // Between files no run listens: an error or exit then must not throw in the calling thread.
    started
      .on('error', () => undefined)
      .on('exit', () => {
        if (worker === started) worker = undefined;
      });
    worker = started;
    return started;
  };

  const run = (type: ToImportWorker['type'], source: ImportSource): Promise<Converted> =>
    new Promise((resolve, reject) => {
      const current = start();
      const id = (nextId += 1);
      const name = sourceName(source);
      let timer: NodeJS.Timeout | undefined;
      const finish = (outcome: () => void): void => {
        clearTimeout(timer);
        current.off('message', onMessage).off('error', onError).off('exit', onExit);
        current.unref();
        handled += 1;
        if (worker === current && handled >= (limits.filesPerWorker ?? 100)) void stop();
        outcome();
      };
      const onMessage = (reply: FromImportWorker): void => {
        if (reply.id !== id) return;
        if (reply.type === 'started') {
          timer = setTimeout(() => {
            void stop();
            finish(() =>
              reject(refusal(name, `converting it took longer than ${limits.seconds} seconds`)),
            );
          }, limits.seconds * 1000);
        } else if (reply.type === 'imported') {
          finish(() => resolve({ type: 'import', value: reply.draft }));
        } else if (reply.type === 'wired')
          finish(() => resolve({ type: 'wire', value: reply.items }));
        else finish(() => reject(new AppError(reply.error.code, reply.error.message)));
      };
      const onError = (error: Error & { code?: string }): void => {
        void stop();
        finish(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? refusal(name, `converting it needed more than ${limits.heapMegabytes} MB of memory`)
              : new AppError('internal', `Cannot import ${name}: ${error.message}`),
          ),
        );
      };
      const onExit = (code: number): void => {
        if (worker === current) worker = undefined;
        finish(() =>
          reject(new AppError('internal', `Cannot import ${name}: the import stopped (${code}).`)),
        );
      };
      current.on('message', onMessage).on('error', onError).on('exit', onExit);
      current.ref();
      const [request, transfer] = message(type, id, source);
      current.postMessage(request, transfer);
    });

  const queued = (type: ToImportWorker['type'], source: ImportSource): Promise<Converted> => {
    const result = queue.then(() => run(type, source));
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    convert: async (source) => {
      const converted = await queued('import', source);
      if (converted.type !== 'import')
        throw new AppError('internal', 'The import answered wrongly.');
      return converted.value;
    },
    readWire: async (source) => {
      const converted = await queued('wire', source);
      if (converted.type !== 'wire') throw new AppError('internal', 'The import answered wrongly.');
      return converted.value;
    },
    close: async () => {
      await queue;
      await stop();
    },
  };
};
