import { expect, it } from 'vitest';
import { describeWithServices } from '../node/newsroom/postgres/testing/describe-with-services';
import { scaleOutNewsroom } from '../node/newsroom/scale-out/testing/scale-out-newsroom';
import { freePort } from '../node/newsroom/testing/free-port';
import { runCli } from './testing/run-cli';

describeWithServices('copydesk serve on PostgreSQL', (services) => {
  it('fails at start-up, naming the address, when Redis cannot be reached', async () => {
    const newsroom = await scaleOutNewsroom(services());
    const port = await freePort();
    const redis = `redis://127.0.0.1:${port}`;
    const result = await runCli(['serve', '--database', newsroom.database, '--redis', redis]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Cannot reach Redis at 127.0.0.1:${port}`);
  });
});
