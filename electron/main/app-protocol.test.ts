import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../host/static/content-security-policy';
import { createAppProtocolHandler, registerAppProtocol } from './app-protocol';

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;
const get = (url: string) => handle(new Request(url));

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'copydesk-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(join(root, 'assets', 'x.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'library password');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'escape.txt'));
  handle = createAppProtocolHandler(root);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the app:// protocol handler', () => {
  it('serves bundle files with their type and the CSP', async () => {
    const page = await get('app://copydesk/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Copydesk</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);

    const script = await get('app://copydesk/assets/x.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://copydesk/assets/escape.txt',
    'app://copydesk/secret.txt',
    'app://copydesk/%2e%2e/secret.txt',
    'app://copydesk/missing.js',
    'app://copydesk/assets',
  ])('answers 404 with the CSP for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('password');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('accepts no writes', async () => {
    const response = await handle(
      new Request('app://copydesk/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });

  describe('library assets', () => {
    const name = `${'c'.repeat(64)}.png`;
    const withAssets = () => {
      const file = join(base, 'photo.png');
      writeFileSync(file, 'PNG bytes');
      const resolveAsset = vi.fn((asked: string) => (asked === name ? file : null));
      return { handler: createAppProtocolHandler(root, resolveAsset), resolveAsset };
    };

    it('serves an image of the open library with its type, the CSP and nosniff', async () => {
      const { handler } = withAssets();
      const response = await handler(new Request(`app://copydesk/library-assets/${name}`));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('PNG bytes');
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(response.headers.get('cache-control')).toMatch(/immutable/);
    });

    it.each([
      `app://copydesk/library-assets/${'d'.repeat(64)}.png`,
      'app://copydesk/library-assets/..%2flibrary.sqlite',
      'app://copydesk/library-assets/',
    ])('answers 404 for %s', async (url) => {
      const { handler } = withAssets();
      expect((await handler(new Request(url))).status).toBe(404);
    });

    it('finds nothing when no library is open', async () => {
      const response = await get(`app://copydesk/library-assets/${name}`);
      expect(response.status).toBe(404);
    });
  });

  it('registers itself for the app scheme', () => {
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
