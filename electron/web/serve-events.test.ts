import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostEvents } from '../host/events/host-events';
import { createHandlers } from '../host/handlers/create-handlers';
import type { HostContext } from '../host/handlers/host-context';
import { LibrarySession } from '../node/library/library-session';
import { createFakeLibrary, sampleId } from '../node/library/testing/fake-library';
import { createFakeSettingsStore } from '../node/settings/testing/fake-settings-store';
import { createWebServer, type WebServer } from './create-web-server';

let server: WebServer;

beforeEach(async () => {
  const settings = createFakeSettingsStore();
  const session = new LibrarySession(settings, (path) => createFakeLibrary(path));
  session.open('/tmp/desk', { create: true });
  const events = createHostEvents();
  const handlers = createHandlers({ settings, session, events } as unknown as HostContext);
  server = await createWebServer({ handlers, events, staticRoot: '/nonexistent', port: 0 });
});
afterEach(() => server.close());

/** Opens the stream; resolves with the response as soon as its headers arrive. */
const openStream = (path: string, headers: Record<string, string> = {}) =>
  new Promise<IncomingMessage>((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        headers: { Host: `127.0.0.1:${server.port}`, ...headers },
      },
      resolve,
    );
    request.on('error', reject);
    request.end();
  });

const readUntil = (response: IncomingMessage, marker: string) =>
  new Promise<string>((resolve) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes(marker)) resolve(text);
    });
  });

const save = () =>
  fetch(`http://127.0.0.1:${server.port}/api/articles:save`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': server.token },
    body: JSON.stringify({
      id: sampleId,
      baseRevision: 1,
      changes: { headline: 'Édition du soir' },
    }),
  });

describe('GET /api/events', () => {
  it('streams library:changed to an open page after another page saves', async () => {
    const stream = await openStream(`/api/events?token=${server.token}`);
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    const received = readUntil(stream, 'event: library:changed\ndata: {"articleIds":[');
    const saved = (await (await save()).json()) as { ok: boolean };
    expect(saved.ok).toBe(true);
    expect(await received).toMatch(
      /\nevent: library:changed\ndata: \{"articleIds":\["[^"]+"\]\}\n\n$/,
    );
    expect(await received).toContain(sampleId);
    stream.destroy();
  });

  it("keeps the stream open past the server's request timeout", async () => {
    const settings = createFakeSettingsStore();
    const session = new LibrarySession(settings, (path) => createFakeLibrary(path));
    session.open('/tmp/desk', { create: true });
    const events = createHostEvents();
    const strict = await createWebServer({
      handlers: createHandlers({ settings, session, events } as unknown as HostContext),
      events,
      staticRoot: '/nonexistent',
      port: 0,
      limits: { headersTimeoutMs: 100, requestTimeoutMs: 200, timeoutCheckIntervalMs: 50 },
    });
    try {
      const stream = await new Promise<IncomingMessage>((resolve, reject) => {
        const request = httpRequest(
          {
            host: '127.0.0.1',
            port: strict.port,
            path: `/api/events?token=${strict.token}`,
            headers: { Host: `127.0.0.1:${strict.port}` },
          },
          resolve,
        );
        request.on('error', reject);
        request.end();
      });
      const received = readUntil(stream, 'event: library:changed');
      await new Promise((resolve) => setTimeout(resolve, 600));
      events.emit({ name: 'library:changed', payload: { articleIds: [] } });
      expect(await received).toContain('data: {"articleIds":[]}');
      stream.destroy();
    } finally {
      await strict.close();
    }
  });

  it('refuses a missing or wrong token', async () => {
    expect((await openStream('/api/events')).statusCode).toBe(401);
    expect((await openStream('/api/events?token=guess')).statusCode).toBe(401);
  });

  it('refuses a page from another origin, even with the token', async () => {
    const stream = await openStream(`/api/events?token=${server.token}`, {
      Origin: 'http://evil.example',
    });
    expect(stream.statusCode).toBe(403);
  });

  it('refuses another host name (DNS rebinding)', async () => {
    const stream = await openStream(`/api/events?token=${server.token}`, {
      Host: `evil.example:${server.port}`,
    });
    expect(stream.statusCode).toBe(403);
  });
});
