import { fileURLToPath } from 'node:url';
import type { KillMoment } from './run-until-killed';
import { runUntilKilled } from './run-until-killed';

const script = fileURLToPath(new URL('./save-loop.ts', import.meta.url));

export interface KilledRun {
  /** The revision the child read when it had opened the library, or null if killed before. */
  readyRevision: number | null;
  /** Revisions whose save had returned (committed) before the kill, in order. */
  acknowledged: number[];
  startupMs: number | null;
}

/** Runs save-loop.ts on the library and SIGKILLs it at `moment`; resolves once it is reaped. */
export const runSaveLoopUntilKilled = async (
  folder: string,
  articleId: string,
  seed: number,
  moment: KillMoment,
): Promise<KilledRun> => {
  const { lines, startupMs } = await runUntilKilled(
    script,
    [folder, articleId, String(seed)],
    moment,
  );
  const ready = lines.map((line) => /^ready (\d+)$/.exec(line)).find((match) => match !== null);
  return {
    readyRevision: ready ? Number(ready[1]) : null,
    acknowledged: lines.flatMap((line) => {
      const match = /^ack (\d+)$/.exec(line);
      return match ? [Number(match[1])] : [];
    }),
    startupMs,
  };
};
