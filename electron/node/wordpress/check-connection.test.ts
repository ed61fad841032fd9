import { describe, expect, it } from 'vitest';
import { checkConnection } from './check-connection';

describe('check connection', () => {
  it('refuses plain HTTP to a non-local address before sending the password', async () => {
    const result = await checkConnection({
      address: 'http://example.com',
      userName: 'redaction',
      applicationPassword: 'abcd',
    });
    expect(result).toEqual({ ok: false, problem: { code: 'not_https' } });
  });
});
