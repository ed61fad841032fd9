import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from './resolve-app-path';

const root = resolve('/srv/copydesk/out/renderer');

const refused = [
  'app://copydesk/../main/index.js',
  'app://copydesk/assets/../../main/index.js',
  'app://copydesk/%2e%2e/main/index.js',
  'app://copydesk/%2E%2E%2Fmain%2Findex.js',
  'app://copydesk/.%2e/secret',
  'app://copydesk/assets%5c..%5c..%5cmain%5cindex.js',
  'app://copydesk/assets\\..\\..\\secret',
  'app://copydesk//etc/passwd',
  'app://copydesk/%2Fetc%2Fpasswd',
  'app:///etc/passwd',
  'app://copydesk/index.html%00.png',
  'app://copydesk/%E0%A4%A',
  'app://evil/index.html',
  'app://copydesk.evil/index.html',
  'file:///etc/passwd',
  'https://copydesk/index.html',
];

describe('resolveAppPath', () => {
  it.each(refused)('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each([
    ['app://copydesk/', 'index.html'],
    ['app://copydesk/index.html', 'index.html'],
    ['app://copydesk/index.html?token=x#top', 'index.html'],
    ['app://copydesk/assets/x.js', 'assets/x.js'],
    ['app://copydesk/assets/caf%C3%A9.woff2', 'assets/café.woff2'],
  ])('serves %s from the bundle', (url, file) => {
    expect(resolveAppPath(root, url)).toBe(join(root, file));
  });
});
