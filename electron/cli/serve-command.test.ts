import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../node/library/testing/temporary-folder';
import { freePort } from '../node/newsroom/testing/free-port';
import { spawnServer } from '../node/newsroom/testing/spawn-server';
import { runCli } from './testing/run-cli';

const newLibrary = async (): Promise<string> => {
  const library = temporaryFolder();
  await runCli(['--library', library, 'init']);
  return library;
};

describe('copydesk serve', () => {
  // Spawning tsx is slow on a loaded machine: a generous timeout, not a timing assertion.
  it(
    'prints one ready line, answers /health, and stops cleanly on SIGTERM',
    { timeout: 120_000 },
    async () => {
      const library = await newLibrary();
      const server = await spawnServer(['--library', library, '--port', '0']);
      expect(server.readyLine).toMatch(
        new RegExp(
          `^Copydesk newsroom server ready at ws://127\\.0\\.0\\.1:\\d+ \\(library ${library}\\)$`,
        ),
      );
      const health = await fetch(`${server.url.replace('ws://', 'http://')}/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(existsSync(join(library, 'library.lock'))).toBe(true);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toBe(`${server.readyLine}\n`);
      expect(existsSync(join(library, 'library.lock'))).toBe(false);
    },
  );

  it('refuses half a TLS pair, a bad port and --redis alone as usage errors', async () => {
    const library = await newLibrary();
    const serve = (...args: string[]) => runCli(['--library', library, 'serve', ...args]);
    expect((await serve('--tls-cert', 'cert.pem')).stderr).toContain(
      '--tls-cert and --tls-key go together',
    );
    expect((await serve('--port', 'eighty')).code).toBe(2);
    expect((await serve('--redis', 'redis://127.0.0.1:6379')).stderr).toContain(
      '--redis needs --database',
    );
    expect((await serve('--database', 'mysql://db')).stderr).toContain(
      '--database must start with postgres:// or postgresql://',
    );
  });

  it('fails at once, naming the address, when PostgreSQL or Redis cannot be reached', async () => {
    const port = await freePort();
    const database = `postgres://desk:hunter2@127.0.0.1:${port}/newsroom`;
    const redis = `redis://127.0.0.1:${port}`;
    const result = await runCli(['serve', '--database', database, '--redis', redis]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`PostgreSQL at 127.0.0.1:${port}/newsroom`);
    expect(result.stderr).not.toContain('hunter2');
  });

  it('lists serve and users in the help', async () => {
    const help = (await runCli(['--help'])).stdout;
    expect(help).toMatch(/^ {2}serve +Share the library with the newsroom/m);
    expect(help).toMatch(/^ {2}users +Newsroom accounts/m);
    expect((await runCli(['serve', '--help'])).stdout).toContain('--tls-cert FILE');
  });
});
