import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface KillMoment {
  /** Kill this long after spawning, without waiting for the library to open. */
  afterSpawnMs?: number;
  /** Kill this long after the child reported the library open. */
  afterReadyMs?: number;
}

export interface KilledChild {
  /** Every whole line the child wrote to stdout before it died. */
  lines: string[];
  /** From spawn to the child's "ready" line, or null if killed before. */
  startupMs: number | null;
}

/**
 * Runs a loop script (`node --import tsx <script> …args`) that prints "ready …" once it opened
 * the library, SIGKILLs it at `moment`, and resolves once it is reaped. A child that ends by
 * itself is a failure (its stderr in the error).
 */
export const runUntilKilled = (
  script: string,
  args: string[],
  moment: KillMoment,
): Promise<KilledChild> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
    child.on('close', (code, signal) => {
      if (!killedByUs || signal !== 'SIGKILL') {
        reject(
          new Error(`${path.basename(script)} ended by itself (${signal ?? code}):\n${stderr}`),
        );
        return;
      }
      resolve({ lines: stdout.split('\n').slice(0, -1), startupMs });
    });
  });
