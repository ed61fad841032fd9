import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { joinNewsroom } from './join-newsroom';
import { serverAddress } from './server-address';

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

const answering = async (status: number, body: unknown): Promise<string> => {
  const server = http.createServer((request, response) => {
    let received = '';
    request.on('data', (chunk: Buffer) => (received += chunk.toString()));
    request.on('end', () => {
      const ok =
        request.url === '/join' && request.method === 'POST' && received.includes('invitation');
      response.writeHead(ok ? status : 500, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const reply = { credential: 'c-1', account: { name: 'Awa', role: 'editor' }, libraryId: 'L1' };

describe('serverAddress', () => {
  it('reads host:port and URLs into the socket and join addresses', () => {
    expect(serverAddress(' 10.0.0.2:4321 ')).toEqual({
      websocket: 'ws://10.0.0.2:4321',
      join: 'http://10.0.0.2:4321/join',
    });
    expect(serverAddress('https://desk.example:8443/')).toEqual({
      websocket: 'wss://desk.example:8443',
      join: 'https://desk.example:8443/join',
    });
    expect(() => serverAddress('ftp://x')).toThrow(/not a server address/);
  });
});

describe('joinNewsroom', () => {
  it('exchanges an invitation for the credential, the account and the library id', async () => {
    const address = serverAddress(await answering(200, reply));
    await expect(joinNewsroom(address, 'invitation-0123456789')).resolves.toEqual(reply);
  });

  it('says an invitation the server refuses is unknown or used', async () => {
    const address = serverAddress(await answering(404, { ok: false }));
    await expect(joinNewsroom(address, 'invitation-0123456789')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('says an unreachable server is unavailable', async () => {
    const port = await answering(200, reply);
    servers.splice(0).forEach((server) => server.close());
    await expect(joinNewsroom(serverAddress(port), 'invitation-0123456789')).rejects.toMatchObject({
      code: 'unavailable',
    });
  });
});
