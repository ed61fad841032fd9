import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './resolve-static-path';

const root = '/srv/copydesk/out/renderer';

describe('resolveStaticPath', () => {
  it('maps paths inside the folder, and / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-3f2a.js')).toBe(
      join(root, 'assets/index-3f2a.js'),
    );
    expect(resolveStaticPath(root, '/fonts/Source%20Serif.woff2')).toBe(
      join(root, 'fonts/Source Serif.woff2'),
    );
  });

  it.each([
    '/../secret',
    '/assets/../../secret',
    '/%2e%2e/secret',
    '/assets/..%2f..%2fsecret',
    '/..%5csecret',
    '/assets/%5c..%5c..%5csecret',
    '/%00',
    '/./index.html',
    '/%E0%A4%A',
    'relative/path',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });
});
