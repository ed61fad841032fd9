import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHostEvents } from '../host/events/host-events';
import { createHandlers } from '../host/handlers/create-handlers';
import { createFakeLibrary, type FakeLibrary } from '../node/library/testing/fake-library';
import { createFakeSettingsStore } from '../node/settings/testing/fake-settings-store';
import { LibrarySession } from '../node/library/library-session';
import { contentSecurityPolicy } from '../host/static/content-security-policy';
import type { HandlerTable } from '../host/dispatch';
import { createWebServer, type WebServer } from './create-web-server';
import { generateSigningKey } from '../node/signing/signing-key';
import { memorySiteSecrets } from '../node/wordpress/testing/memory-site-secrets';

const signingKey = generateSigningKey();

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let folder: string;
let server: WebServer;
let library: FakeLibrary;
let handlers: HandlerTable;

const send = (
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });

const api = (channel: string, body: string, headers: Record<string, string> = {}) =>
  send('POST', `/api/${channel}`, {
    body,
    headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': server.token, ...headers },
  });

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-web-'));
  mkdirSync(join(folder, 'renderer/assets'), { recursive: true });
  writeFileSync(join(folder, 'renderer/index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(join(folder, 'renderer/assets/app.js'), 'console.log(1)');
  writeFileSync(join(folder, 'renderer/assets/app.css'), 'body{}');
  writeFileSync(join(folder, 'secret.txt'), 'private');
  const settings = createFakeSettingsStore();
  const session = new LibrarySession(settings, (path) => (library = createFakeLibrary(path)));
  session.open(join(folder, 'library'), { create: true });
  const events = createHostEvents();
  handlers = createHandlers({
    host: 'web',
    version: '0.0.0',
    platform: 'linux',
    settings,
    signingKey: () => signingKey,
    siteSecrets: memorySiteSecrets(),
    session,
    events,
    dialogs: {
      chooseFolder: vi.fn(),
      chooseSaveFile: vi.fn(),
      chooseFiles: vi.fn(),
      confirm: vi.fn(),
    },
    openExternal: () => Promise.resolve(false),
    notices: () => [],
  });
  writeFileSync(join(folder, 'photo.png'), 'PNG bytes');
  server = await createWebServer({
    handlers,
    events,
    staticRoot: join(folder, 'renderer'),
    port: 0,
    resolveAsset: (name) => (name === assetName ? join(folder, 'photo.png') : null),
  });
  // The outbox looks at the library once as it starts: only the calls the requests make count.
  vi.mocked(library.info).mockClear();
});

const assetName = `${'e'.repeat(64)}.png`;

afterEach(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('browser-mode server', () => {
  it('prints an address on 127.0.0.1 with a 64-hex-digit token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves the renderer with the CSP and safe headers', async () => {
    const page = await send('GET', `/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Copydesk</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    expect((await send('GET', '/assets/app.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await send('GET', '/assets/app.css')).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('answers a valid call with the Result from the handlers', async () => {
    const answer = await api('library:info', '{}');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: true,
      value: { readOnly: false, articleCount: 1 },
    });
    expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(library.info).toHaveBeenCalled();
  });

  it('refuses an API call without the token or with a wrong one', async () => {
    const missing = await send('POST', '/api/library:info', {
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const wrong = await api('library:info', '{}', { 'X-Copydesk-Token': 'f'.repeat(64) });
    expect(wrong.status).toBe(401);
    expect((await api('library:info', '{}', { 'X-Copydesk-Token': 'short' })).status).toBe(401);
    expect(library.info).not.toHaveBeenCalled();
  });

  it('refuses a foreign Origin even with the token', async () => {
    const answer = await api('library:info', '{}', { Origin: 'http://evil.example' });
    expect(answer.status).toBe(403);
    expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(
      (await api('library:info', '{}', { Origin: `http://127.0.0.1:${server.port}` })).status,
    ).toBe(200);
    expect(library.info).toHaveBeenCalledOnce();
  });

  it("refuses in the browser's language, French or English", async () => {
    const foreign = { Host: 'evil.example', 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5' };
    const french = await send('GET', '/', { headers: foreign });
    expect(french.status).toBe(403);
    expect(french.headers['content-language']).toBe('fr');
    expect(french.body).toMatch(/^Accès refusé/);
    const english = await send('GET', '/', { headers: { Host: 'evil.example' } });
    expect(english.body).toMatch(/^Access refused/);
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    expect((await api('library:info', '{}', { Host: `evil.example:${server.port}` })).status).toBe(
      403,
    );
    expect((await send('GET', '/', { headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await send('GET', '/', { headers: { Host: `localhost:${server.port}` } })).status).toBe(
      200,
    );
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00',
    ]) {
      const answer = await send('GET', path);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('private');
    }
  });

  it('never follows a symbolic link out of the renderer folder', async () => {
    symlinkSync(join(folder, 'secret.txt'), join(folder, 'renderer/assets/escape.txt'));
    symlinkSync(folder, join(folder, 'renderer/linked'));
    for (const path of ['/assets/escape.txt', '/linked/secret.txt']) {
      const answer = await send('GET', path);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('private');
    }
  });

  it('opens and writes no path the page names: raw paths are refused, forged handles forbidden', async () => {
    const refusedAs = async (channel: string, payload: unknown) => {
      const answer = await api(channel, JSON.stringify(payload));
      return (JSON.parse(answer.body) as { error?: { code: string } }).error?.code;
    };
    expect(await refusedAs('library:open', { path: '/etc' })).toBe('invalid');
    expect(await refusedAs('library:create', { path: join(folder, 'elsewhere') })).toBe('invalid');
    expect(await refusedAs('library:backup', { path: join(folder, 'secret.txt') })).toBe('invalid');
    const id = '00000000-0000-4000-8000-000000000000';
    expect(await refusedAs('export:start', { ids: [id], format: 'md', outDir: '/etc' })).toBe(
      'invalid',
    );
    expect(await refusedAs('settings:update', { recentLibraries: ['/etc'] })).toBe('invalid');
    for (const handle of ['/etc', '../secret.txt', 'f'.repeat(36)]) {
      expect(await refusedAs('library:open', { handle })).toBe('forbidden');
    }
    expect(library.close).not.toHaveBeenCalled();
    const recent = JSON.parse((await api('library:recent', '{}')).body) as {
      value: { handle: string; path: string }[];
    };
    expect(recent.value).toEqual([{ handle: expect.any(String) as string, path: library.path }]);
    expect(recent.value[0]!.handle).not.toContain(folder);
  });

  it('answers malformed JSON with an "invalid" Result', async () => {
    const answer = await api('articles:create', '{"headline": ');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(library.create).not.toHaveBeenCalled();
  });

  it('answers a payload that breaks the contract with an "invalid" Result', async () => {
    const answer = await api('articles:get', JSON.stringify({ id: 'not-a-uuid' }));
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(library.get).not.toHaveBeenCalled();
  });

  it('answers an unknown channel or path with 404', async () => {
    expect((await api('articles:explode', '{}')).status).toBe(404);
    expect((await send('GET', '/nothing-here.js')).status).toBe(404);
  });

  it('takes API calls by POST only', async () => {
    const answer = await send('GET', '/api/library:info', {
      headers: { 'X-Copydesk-Token': server.token },
    });
    expect(answer.status).toBe(405);
    expect(library.info).not.toHaveBeenCalled();
  });

  it('refuses a body over 20 MB with a clear 413', async () => {
    const huge = JSON.stringify({ headline: 'x'.repeat(21 * 1024 * 1024) });
    const answer = await api('articles:create', huge);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(answer.body).toContain('20 MB');
    expect(library.create).not.toHaveBeenCalled();
  });

  it('accepts a 19 MB file to import (the import limit is 20 MB of file, not of base64)', async () => {
    const text = `# Dossier\n\n${'Lorem ipsum dolor sit amet. '.repeat(19 * 37_450)}`;
    const dataBase64 = Buffer.from(text).toString('base64');
    expect(dataBase64.length).toBeGreaterThan(25 * 1024 * 1024);
    const answer = await api(
      'import:files',
      JSON.stringify({ files: [{ name: 'dossier.md', dataBase64 }] }),
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
  });

  it('closes a connection that never finishes its headers (slow loris)', async () => {
    const patient = await createWebServer({
      handlers,
      events: createHostEvents(),
      staticRoot: join(folder, 'renderer'),
      port: 0,
      limits: { headersTimeoutMs: 100, requestTimeoutMs: 200, timeoutCheckIntervalMs: 50 },
    });
    try {
      const socket = connect(patient.port, '127.0.0.1');
      socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${patient.port}\r\nX-Slow: `);
      const answer = await new Promise<string>((resolve) => {
        const chunks: Buffer[] = [];
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('close', () => resolve(Buffer.concat(chunks).toString()));
      });
      expect(answer).toContain('408');
    } finally {
      await patient.close();
    }
  });

  it('refuses connections beyond its cap', async () => {
    const capped = await createWebServer({
      handlers,
      events: createHostEvents(),
      staticRoot: join(folder, 'renderer'),
      port: 0,
      limits: { maxConnections: 1 },
    });
    try {
      const first = connect(capped.port, '127.0.0.1');
      await new Promise((resolve) => first.once('connect', resolve));
      const second = connect(capped.port, '127.0.0.1');
      const closed = await new Promise<boolean>((resolve) => {
        second.on('close', () => resolve(true));
        second.on('error', () => resolve(true));
      });
      expect(closed).toBe(true);
      first.destroy();
    } finally {
      await capped.close();
    }
  });

  it('answers the browser favicon request without an error status', async () => {
    expect((await send('GET', '/favicon.ico')).status).toBe(204);
  });

  describe('library assets', () => {
    const assetPath = (name = assetName, token = server.token) =>
      `/library-assets/${name}?token=${token}`;

    it('serves an image of the open library with the token in the query', async () => {
      const answer = await send('GET', assetPath());
      expect(answer.status).toBe(200);
      expect(answer.body).toBe('PNG bytes');
      expect(answer.headers['content-type']).toBe('image/png');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy);
      expect(answer.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    });

    it('refuses a missing or wrong token with 401', async () => {
      expect((await send('GET', `/library-assets/${assetName}`)).status).toBe(401);
      expect((await send('GET', assetPath(assetName, 'f'.repeat(64)))).status).toBe(401);
      const withHeaderOnly = await send('GET', `/library-assets/${assetName}`, {
        headers: { 'X-Copydesk-Token': server.token },
      });
      expect(withHeaderOnly.status).toBe(401);
    });

    it.each([`${'d'.repeat(64)}.png`, '..%2f..%2fsecret.txt', '%2e%2e/secret.txt', ''])(
      'answers 404 for the name "%s"',
      async (name) => {
        const answer = await send('GET', assetPath(name));
        expect(answer.status).toBe(404);
        expect(answer.body).not.toContain('private');
      },
    );

    it('keeps the Host check (DNS rebinding)', async () => {
      const answer = await send('GET', assetPath(), {
        headers: { Host: `evil.example:${server.port}` },
      });
      expect(answer.status).toBe(403);
    });

    it('accepts an image upload above the 20 MB limit of other calls', async () => {
      const body = JSON.stringify({
        name: 'big.png',
        mimeType: 'image/png',
        dataBase64: 'A'.repeat(21 * 1024 * 1024),
      });
      const answer = await api('assets:add', body);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({
        ok: false,
        error: { code: 'invalid', message: 'This file is not a PNG, JPEG, GIF or WebP image.' },
      });
    });
  });
});
