import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors/error-code';
import type { WireStoreOutcome } from '../../../shared/model/wire-entry';
import type { WireItem } from '../../../shared/model/wire-item';

export type WireFileOutcome =
  { file: string; stored: WireStoreOutcome[] } | { file: string; refused: string };

// Files still being written by a feed (FTP, receivers) carry these names until complete.
const inProgress = /^\.|\.(part|tmp|filepart|crdownload)$/i;

const moveInto = (folder: string, subfolder: string, file: string): string => {
  const target = join(folder, subfolder);
  mkdirSync(target, { recursive: true });
  const destination = join(target, file);
  renameSync(join(folder, file), destination);
  return destination;
};

export interface WireFolderSteps {
  /** Reads one file's items; the CLI and the app read in the import worker (time and memory capped). */
  read: (name: string, bytes: Uint8Array) => Promise<WireItem[]>;
  store: (items: readonly WireItem[], source: string) => WireStoreOutcome[];
}

/**
 * One pass over a drop folder: each complete file (left alone for `settleMs`) is read and
 * stored, then moved to `imported/`; a refused one goes to `refused/` beside a `.reason.txt`,
 * and nothing of it is stored. Files are handled one by one: one bad file never stops a feed.
 */
export const ingestWireFolder = async (
  folder: string,
  steps: WireFolderSteps,
  options: { settleMs: number; now: () => number },
): Promise<WireFileOutcome[]> => {
  const outcomes: WireFileOutcome[] = [];
  for (const file of readdirSync(folder).sort()) {
    if (inProgress.test(file)) continue;
    const path = join(folder, file);
    const stats = statSync(path);
    if (!stats.isFile() || options.now() - stats.mtimeMs < options.settleMs) continue;
    try {
      const items = await steps.read(file, new Uint8Array(readFileSync(path)));
      const stored = steps.store(items, file);
      moveInto(folder, 'imported', file);
      outcomes.push({ file, stored });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const moved = moveInto(folder, 'refused', file);
      writeFileSync(`${moved}.reason.txt`, `${error.message}\n`);
      outcomes.push({ file, refused: error.message });
    }
  }
  return outcomes;
};
