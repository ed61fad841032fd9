import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkConnection } from './check-connection';

/**
 * A stand-in answering like WordPress 6.1 does when nobody is signed in (the real one is in
 * check-connection.wordpress.test.ts); it plays the cases a stock install cannot: application
 * passwords turned off, and XML-RPC turned off too.
 */
const servers: http.Server[] = [];
const serve = async (options: { applicationPasswords: boolean; xmlrpc: boolean }) => {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/xmlrpc.php') {
      response.writeHead(options.xmlrpc ? 200 : 405, { 'content-type': 'text/plain' });
      response.end(options.xmlrpc ? '' : 'XML-RPC server accepts POST requests only.');
      return;
    }
    const route = url.searchParams.get('rest_route');
    response.setHeader('content-type', 'application/json');
    if (route === '/') {
      const authentication = options.applicationPasswords
        ? { 'application-passwords': { endpoints: {} } }
        : {};
      response.end(JSON.stringify({ namespaces: ['wp/v2'], authentication }));
      return;
    }
    response.statusCode = 401;
    response.end(
      JSON.stringify({ code: 'rest_not_logged_in', message: 'You are not currently logged in.' }),
    );
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

const check = (address: string) =>
  checkConnection({ address, userName: 'redaction', applicationPassword: 'abcd efgh' });

describe('check connection when WordPress signs nobody in', () => {
  it('says application passwords are unavailable when the REST index does not offer them', async () => {
    const address = await serve({ applicationPasswords: false, xmlrpc: true });
    expect(await check(address)).toEqual({
      ok: false,
      problem: { code: 'application_passwords_unavailable' },
    });
  });

  it('names both causes when XML-RPC cannot tell a wrong password from a stripped header', async () => {
    const address = await serve({ applicationPasswords: true, xmlrpc: false });
    expect(await check(address)).toEqual({ ok: false, problem: { code: 'not_signed_in' } });
  });
});
