import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { onTestFinished } from 'vitest';

const bin = resolve(import.meta.dirname, '../../../../cli/bin.mjs');

export interface ServerProcess {
  readonly child: ChildProcess;
  /** The address on the ready line. */
  readonly url: string;
  readonly readyLine: string;
  /** Everything written on stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process ended. */
  exited: Promise<number | string>;
}

/**
 * `copydesk serve …` as a child process (the real bin, through tsx), once it printed its ready
 * line; killed when the test ends if still running.
 */
export const spawnServer = (args: string[], env: Record<string, string> = {}) =>
  new Promise<ServerProcess>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | string>((done) =>
      child.once('exit', (code, signal) => done(code ?? signal ?? 'unknown')),
    );
    onTestFinished(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /^Copydesk newsroom server ready at (\S+) .*$/m.exec(output);
      if (ready) {
        resolvePromise({
          child,
          url: ready[1]!,
          readyLine: ready[0],
          output: () => output,
          exited,
        });
      }
    });
    void exited.then((code) => reject(new Error(`copydesk serve exited (${code}): ${output}`)));
  });
