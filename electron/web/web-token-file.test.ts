import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRememberedPort, rememberPort } from './remembered-port';
import { readOrCreateWebToken, webTokenFileName } from './web-token-file';
import { writeLaunchPage } from './write-launch-page';

const posix = process.platform !== 'win32';
let folder: string;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(tmpdir(), 'copydesk-token-'));
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('browser-mode token file', () => {
  it('makes a 64-hex-digit token once and gives the same one on every later start', () => {
    const settings = path.join(folder, 'settings');
    const first = readOrCreateWebToken(settings);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(readOrCreateWebToken(settings)).toBe(first);
    expect(fs.readdirSync(settings)).toEqual([webTokenFileName]);
  });

  it.runIf(posix)('is readable by its owner only', () => {
    readOrCreateWebToken(folder);
    expect(fs.statSync(path.join(folder, webTokenFileName)).mode & 0o777).toBe(0o600);
  });

  it.runIf(posix)('takes back a kept token whose file lost its mode', () => {
    const token = readOrCreateWebToken(folder);
    fs.chmodSync(path.join(folder, webTokenFileName), 0o644);
    expect(readOrCreateWebToken(folder)).toBe(token);
    expect(fs.statSync(path.join(folder, webTokenFileName)).mode & 0o777).toBe(0o600);
  });

  it('replaces a damaged token file with a new token, leaving no temp file', () => {
    fs.writeFileSync(path.join(folder, webTokenFileName), 'half a tok');
    const token = readOrCreateWebToken(folder);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.readFileSync(path.join(folder, webTokenFileName), 'utf8').trim()).toBe(token);
    expect(fs.readdirSync(folder)).toEqual([webTokenFileName]);
  });
});

describe('remembered port', () => {
  it('is 0 until a port is remembered, then that port', () => {
    expect(readRememberedPort(folder)).toBe(0);
    rememberPort(folder, 48_123);
    expect(readRememberedPort(folder)).toBe(48_123);
  });
});

describe('launch page', () => {
  it('forwards to the address with its token from a file only its owner can read', () => {
    const url = `http://127.0.0.1:48123/?token=${'a'.repeat(64)}`;
    const file = writeLaunchPage(folder, url);
    expect(fs.readFileSync(file, 'utf8')).toContain(`content="0;url=${url}"`);
    expect(file).not.toContain('a'.repeat(64));
    if (posix) expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
