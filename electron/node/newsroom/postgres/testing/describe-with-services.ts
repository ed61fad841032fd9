import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, it } from 'vitest';

/** @internal */
export interface TestServices {
  postgresUrl: string;
  redisUrl: string;
}

const script = fileURLToPath(new URL('../../../../tooling/test-services.mjs', import.meta.url));

type Plan =
  | { kind: 'given'; services: TestServices }
  | { kind: 'start' }
  | { kind: 'missing'; reason: string };

const plan = (): Plan => {
  const postgresUrl = process.env['COPYDESK_TEST_POSTGRES_URL'];
  const redisUrl = process.env['COPYDESK_TEST_REDIS_URL'];
  if (postgresUrl !== undefined && redisUrl !== undefined) {
    return { kind: 'given', services: { postgresUrl, redisUrl } };
  }
  const found = spawnSync(process.execPath, [script, 'find'], { encoding: 'utf8' });
  return found.status === 0
    ? { kind: 'start' }
    : { kind: 'missing', reason: found.stdout.trim() || found.stderr.trim() };
};

const parseUrls = (output: string): TestServices => {
  const values = new Map(
    output
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return {
    postgresUrl: values.get('COPYDESK_TEST_POSTGRES_URL')!,
    redisUrl: values.get('COPYDESK_TEST_REDIS_URL')!,
  };
};

/**
 * A describe block on real PostgreSQL and Redis: the ones `.ci/run` started (given in the
 * environment), or its own started for this file when the binaries are installed. Without them
 * the block is skipped with the reason in its name, except in CI (`COPYDESK_TEST_SERVICES=required`),
 * where it fails.
 * @internal
 */
export const describeWithServices = (
  name: string,
  body: (services: () => TestServices) => void,
): void => {
  const found = plan();
  if (found.kind === 'missing') {
    const reason = `PostgreSQL and Redis are needed: ${found.reason} (apt-get install postgresql redis-server)`;
    if (process.env['COPYDESK_TEST_SERVICES'] === 'required') {
      describe(name, () => {
        it('has PostgreSQL and Redis to run on', () => {
          throw new Error(reason);
        });
      });
      return;
    }
    console.warn(`Skipped "${name}": ${reason}`);
    describe.skip(`${name} (skipped: ${reason})`, () =>
      body(() => ({ postgresUrl: '', redisUrl: '' })));
    return;
  }
  describe(name, () => {
    let services: TestServices | null = found.kind === 'given' ? found.services : null;
    // Not created here: the script creates it and hands it to the unprivileged PostgreSQL user.
    const folder = join(tmpdir(), `copydesk-test-services-${randomBytes(6).toString('hex')}`);
    beforeAll(async () => {
      if (found.kind !== 'start') return;
      const { stdout } = await promisify(execFile)(process.execPath, [script, 'start', folder]);
      services = parseUrls(stdout);
    }, 60_000);
    afterAll(async () => {
      if (found.kind !== 'start') return;
      await promisify(execFile)(process.execPath, [script, 'stop', folder]);
    });
    body(() => {
      if (services === null) throw new Error('PostgreSQL and Redis have not started.');
      return services;
    });
  });
};
