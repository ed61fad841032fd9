import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkConnection } from './check-connection';
import { describeWithWordpress } from './testing/describe-with-wordpress';
import { freePort } from './testing/free-port';
import { startTestWordpress, type TestWordpress } from './testing/start-test-wordpress';

describeWithWordpress('check connection against a real WordPress', () => {
  let wordpress: TestWordpress;
  beforeAll(async () => {
    wordpress = await startTestWordpress();
  }, 120_000);
  afterAll(() => wordpress?.stop());

  const connect = (
    account: { login: string; applicationPassword: string },
    address = wordpress.url,
  ) =>
    checkConnection({
      address,
      userName: account.login,
      applicationPassword: account.applicationPassword,
    });

  it('signs the editor in', async () => {
    expect(await connect(wordpress.editor)).toEqual({
      ok: true,
      value: { displayName: 'redaction' },
    });
  });

  it('reports a wrong password', async () => {
    const result = await connect({
      login: 'redaction',
      applicationPassword: 'abcd efgh ijkl mnop qrst uvwx',
    });
    expect(result).toEqual({ ok: false, problem: { code: 'wrong_password' } });
  });

  it('reports an unknown user as refused credentials', async () => {
    const result = await connect({
      login: 'nobody',
      applicationPassword: wordpress.editor.applicationPassword,
    });
    expect(result).toEqual({ ok: false, problem: { code: 'wrong_password' } });
  });

  it('reports a user who may neither publish nor upload', async () => {
    expect(await connect(wordpress.contributor)).toEqual({
      ok: false,
      problem: { code: 'missing_capability', capabilities: ['publish_posts', 'upload_files'] },
    });
  });

  it('reports a server that strips the Authorization header', async () => {
    const address = await wordpress.serveVariant('strip-authorization');
    expect(await connect(wordpress.editor, address)).toEqual({
      ok: false,
      problem: { code: 'authorization_stripped' },
    });
  });

  it('reports a REST API turned off', async () => {
    const address = await wordpress.serveVariant('no-rest');
    expect(await connect(wordpress.editor, address)).toEqual({
      ok: false,
      problem: { code: 'rest_disabled', status: 404 },
    });
  });

  it('reports a site that does not answer', async () => {
    const result = await connect(wordpress.editor, `http://127.0.0.1:${await freePort()}`);
    expect(result).toMatchObject({ ok: false, problem: { code: 'unreachable' } });
  });
});
