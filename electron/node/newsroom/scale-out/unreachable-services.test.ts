import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../postgres/open-postgres-store';
import { freePort } from '../testing/free-port';
import { redisRelay } from './redis-relay';

// A closed loopback port stands for a service that is down: nothing listens there.
describe('unreachable services at start-up', () => {
  it('fails on a Redis nobody answers, naming its address, instead of retrying forever', async () => {
    const port = await freePort();
    await expect(redisRelay(`redis://127.0.0.1:${port}`, 'L1')).rejects.toThrow(
      `Cannot reach Redis at 127.0.0.1:${port}`,
    );
  });

  it('fails on a PostgreSQL nobody answers, naming its address but not the password', async () => {
    const port = await freePort();
    const failure = openPostgresStore(`postgres://desk:hunter2@127.0.0.1:${port}/newsroom`);
    await expect(failure).rejects.toThrow(`PostgreSQL at 127.0.0.1:${port}/newsroom`);
    await expect(failure).rejects.not.toThrow(/hunter2/);
  });
});
