import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ChildServer {
  child: ChildProcess;
  url: string;
  stop: () => Promise<void>;
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/**
 * Starts a server as a child process (`node --import tsx <script> …args`) and waits for the line
 * that matches `ready`; its first `ws://…` address is the server's.
 */
export const startChildServer = (
  script: string,
  args: string[],
  ready: RegExp,
): Promise<ChildServer> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const fail = (reason: string) => reject(new Error(`${reason}\n${output}`));
    child.once('exit', (code) => fail(`The server ended (${String(code)}) before it was ready.`));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => ready.test(candidate));
      if (!line) return;
      child.removeAllListeners('exit');
      resolve({
        child,
        url: /ws:\/\/\S+/.exec(line)?.[0].replace(/[).,]$/, '') ?? '',
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });

export const cliScript = path.join(repositoryRoot, 'electron/cli/run-cli.ts');
