import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArguments } from './parse-web-arguments';

describe('parseWebArguments', () => {
  it('reads every flag', () => {
    const parsed = parseWebArguments([
      '--library',
      'desk',
      '--port',
      '8123',
      '--export-dir',
      'out-dir',
      '--wire-folder',
      'feeds',
      '--settings-dir',
      'conf-dir',
      '--open',
    ]);
    expect(parsed).toEqual({
      library: resolve('desk'),
      port: 8123,
      exportFolder: resolve('out-dir'),
      wireFolder: resolve('feeds'),
      settingsFolder: resolve('conf-dir'),
      openBrowser: true,
    });
  });

  it('defaults to a random port, no export folder and no browser', () => {
    expect(parseWebArguments(['--library', '/tmp/desk'])).toMatchObject({
      port: 0,
      exportFolder: null,
      wireFolder: null,
      openBrowser: false,
    });
  });

  it('requires --library and says how to call it', () => {
    expect(() => parseWebArguments([])).toThrow(
      /--library DIR is required[\s\S]*Usage: npm run web/,
    );
  });

  it('refuses unknown flags and bad ports', () => {
    expect(() => parseWebArguments(['--library', 'x', '--colour'])).toThrow(/colour/);
    expect(() => parseWebArguments(['--library', 'x', '--port', 'http'])).toThrow(/--port/);
    expect(() => parseWebArguments(['--library', 'x', '--port', '70000'])).toThrow(/--port/);
  });
});
