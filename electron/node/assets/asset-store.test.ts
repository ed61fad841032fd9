import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appErrorOf } from '../library/testing/app-error-of';
import { temporaryFolder } from '../library/testing/temporary-folder';
import { addAsset, maximumAssetBytes, readAsset, resolveAssetFile } from './asset-store';
import { sampleGif, sampleJpegWithExif, samplePng, sampleWebp } from './testing/sample-images';

const filesIn = (folder: string): string[] =>
  fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('addAsset', () => {
  it('stores a PNG under its SHA-256 with its size read from the header', () => {
    const library = temporaryFolder();
    const png = samplePng(40, 30);
    const stored = addAsset(library, png, 'image/png');
    expect(stored.src).toMatch(/^copydesk-asset:[0-9a-f]{64}\.png$/);
    expect(stored).toMatchObject({ width: 40, height: 30, bytes: png.length });
    const name = stored.src.slice('copydesk-asset:'.length);
    expect(fs.readFileSync(path.join(library, 'assets', name))).toEqual(png);
  });

  it.each([
    ['gif', sampleGif(), /\.gif$/],
    ['webp', sampleWebp(), /\.webp$/],
    ['jpeg', sampleJpegWithExif(), /\.jpg$/],
  ])('recognises %s by its bytes, whatever the declared type', (_format, bytes, extension) => {
    const stored = addAsset(temporaryFolder(), bytes, 'application/octet-stream');
    expect(stored.src).toMatch(extension);
    expect(stored).toMatchObject({ width: 1, height: 1 });
  });

  it('drops EXIF (GPS) from JPEGs', () => {
    const library = temporaryFolder();
    const stored = addAsset(library, sampleJpegWithExif(), 'image/jpeg');
    const { bytes, mimeType } = readAsset(library, stored.src);
    expect(mimeType).toBe('image/jpeg');
    expect(bytes.toString('latin1')).not.toContain('GPSLatitude');
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it.each([
    [
      'a Windows program renamed .png',
      Buffer.concat([Buffer.from('MZ\x90\0', 'latin1'), Buffer.alloc(64)]),
    ],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s and stores nothing', (_label, bytes) => {
    const library = temporaryFolder();
    const error = appErrorOf(() => addAsset(library, bytes, 'image/png'));
    expect(error.code).toBe('invalid');
    expect(error.message).toBe('This file is not a PNG, JPEG, GIF or WebP image.');
    expect(filesIn(path.join(library, 'assets'))).toEqual([]);
  });

  it('refuses a truncated image', () => {
    const error = appErrorOf(() =>
      addAsset(temporaryFolder(), samplePng(4, 4).subarray(0, 20), ''),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/damaged or incomplete/);
  });

  it('refuses anything over 40 MB', () => {
    const huge = Buffer.alloc(maximumAssetBytes + 1);
    samplePng(1, 1).copy(huge);
    const error = appErrorOf(() => addAsset(temporaryFolder(), huge, 'image/png'));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/too large.*40 MB/);
  });

  it('refuses a header that announces a decompression bomb', () => {
    const bomb = samplePng(1, 1);
    bomb.writeUInt32BE(50_000, 16);
    bomb.writeUInt32BE(50_000, 20);
    expect(appErrorOf(() => addAsset(temporaryFolder(), bomb, 'image/png')).message).toMatch(
      /50000 × 50000 pixels/,
    );
  });

  it('stores the same image once', () => {
    const library = temporaryFolder();
    const first = addAsset(library, samplePng(8, 8), 'image/png');
    const second = addAsset(library, samplePng(8, 8), 'image/png');
    const other = addAsset(library, samplePng(8, 8, 200), 'image/png');
    expect(second.src).toBe(first.src);
    expect(other.src).not.toBe(first.src);
    expect(filesIn(path.join(library, 'assets'))).toHaveLength(2);
  });

  it('leaves no partial or temporary file when the write fails', () => {
    const library = temporaryFolder();
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    const error = appErrorOf(() => addAsset(library, samplePng(8, 8), 'image/png'));
    expect(error.code).toBe('disk_full');
    expect(filesIn(path.join(library, 'assets'))).toEqual([]);
    vi.restoreAllMocks();
    expect(addAsset(library, samplePng(8, 8), 'image/png').width).toBe(8);
  });
});

describe('reading assets', () => {
  it('reads back a stored image with its type', () => {
    const library = temporaryFolder();
    const stored = addAsset(library, sampleGif(), 'image/gif');
    expect(readAsset(library, stored.src)).toEqual({ bytes: sampleGif(), mimeType: 'image/gif' });
  });

  it.each([
    '../library.sqlite',
    '..%2flibrary.sqlite',
    `${'a'.repeat(64)}.svg`,
    `${'A'.repeat(64)}.png`,
    `${'a'.repeat(64)}.png/../../library.sqlite`,
    `/etc/passwd`,
    `${'a'.repeat(63)}.png`,
  ])('resolves no file for the name %s', (name) => {
    const library = temporaryFolder();
    fs.writeFileSync(path.join(library, 'library.sqlite'), 'private');
    expect(resolveAssetFile(library, name)).toBeNull();
    expect(appErrorOf(() => readAsset(library, `copydesk-asset:${name}`)).code).toBe('not_found');
  });

  it('resolves no file for a valid name that is missing or a link out of the folder', () => {
    const library = temporaryFolder();
    const name = `${'b'.repeat(64)}.png`;
    expect(resolveAssetFile(library, name)).toBeNull();
    fs.mkdirSync(path.join(library, 'assets'));
    fs.writeFileSync(path.join(library, 'secret.png'), 'private');
    fs.symlinkSync(path.join(library, 'secret.png'), path.join(library, 'assets', name));
    expect(resolveAssetFile(library, name)).toBeNull();
  });
});
