import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./save-loop.ts', import.meta.url));
const repositoryRoot = path.resolve(path.dirname(script), '../../../..');

export interface KilledRun {
  /** The revision the child read when it had opened the library, or null if killed before. */
  readyRevision: number | null;
  /** Revisions whose save had returned (committed) before the kill, in order. */
  acknowledged: number[];
  startupMs: number | null;
}

export interface KillMoment {
  /** Kill this long after spawning, without waiting for the library to open. */
  afterSpawnMs?: number;
  /** Kill this long after the child reported the library open. */
  afterReadyMs?: number;
}

/** Runs save-loop.ts on the library and SIGKILLs it at `moment`; resolves once it is reaped. */
export const runSaveLoopUntilKilled = (
  folder: string,
  articleId: string,
  seed: number,
  moment: KillMoment,
): Promise<KilledRun> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, folder, articleId, String(seed)],
      {
        cwd: repositoryRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    let startupMs: number | null = null;
    let killedByUs = false;
    const kill = (): void => {
      killedByUs = true;
      child.kill('SIGKILL');
    };
    if (moment.afterSpawnMs !== undefined) setTimeout(kill, moment.afterSpawnMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (startupMs === null && /^ready /m.test(stdout)) {
        startupMs = performance.now() - started;
        if (moment.afterReadyMs !== undefined) setTimeout(kill, moment.afterReadyMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (!killedByUs || signal !== 'SIGKILL') {
        reject(new Error(`save-loop.ts ended by itself (${signal ?? _code}):\n${stderr}`));
        return;
      }
      const lines = stdout.split('\n').slice(0, -1);
      const ready = lines.map((line) => /^ready (\d+)$/.exec(line)).find((match) => match !== null);
      resolve({
        readyRevision: ready ? Number(ready[1]) : null,
        acknowledged: lines.flatMap((line) => {
          const match = /^ack (\d+)$/.exec(line);
          return match ? [Number(match[1])] : [];
        }),
        startupMs,
      });
    });
  });
