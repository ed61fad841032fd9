import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realStaticFile } from './real-static-file';

let base: string;
let root: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'copydesk-static-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'mot de passe');
  mkdirSync(join(base, 'private'));
  writeFileSync(join(base, 'private', 'notes.txt'), 'source');
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('realStaticFile', () => {
  it('gives the real path of a file of the build folder', () => {
    expect(realStaticFile(root, join(root, 'assets', 'app.js'))).toMatch(/assets[/\\]app\.js$/);
  });

  it('refuses a symbolic link to a file outside the build folder', () => {
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'escape.txt'));
    expect(realStaticFile(root, join(root, 'assets', 'escape.txt'))).toBeNull();
  });

  it('refuses a file reached through a linked folder outside the build folder', () => {
    symlinkSync(join(base, 'private'), join(root, 'linked'));
    expect(realStaticFile(root, join(root, 'linked', 'notes.txt'))).toBeNull();
  });

  it('refuses folders and missing files', () => {
    expect(realStaticFile(root, join(root, 'assets'))).toBeNull();
    expect(realStaticFile(root, join(root, 'missing.js'))).toBeNull();
  });
});
