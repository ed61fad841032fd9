import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

/** @internal */
export interface InstanceProcess {
  readonly url: string;
  /** Sends the signal and resolves once the process has exited. */
  stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

const script = fileURLToPath(new URL('./serve-instance.ts', import.meta.url));

/**
 * A newsroom server instance in a child process, on the given database and Redis; killed when the
 * test ends if it still runs.
 * @internal
 */
export const startInstanceProcess = (database: string, redis: string): Promise<InstanceProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, database, redis], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const stop = async (signal: 'SIGKILL' | 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    };
    onTestFinished(() => stop('SIGKILL'));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /^ready (\S+)$/mu.exec(output);
      if (ready !== null) resolve({ url: ready[1]!, stop });
    });
    child.once('exit', (code) =>
      reject(new Error(`The instance exited (${code}) before it was ready.`)),
    );
  });
