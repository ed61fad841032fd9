import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflatedZipSize } from './inflated-zip-size';
import { deflateBomb } from './testing/deflate-bomb';
import { zipArchive } from './testing/zip-archive';
import { zipDirectory } from './zip-directory';

const megabyte = 1024 * 1024;

describe('inflatedZipSize', () => {
  it('counts what an entry really inflates to, not what the directory declares', () => {
    const bytes = zipArchive([
      {
        name: 'word/document.xml',
        data: deflateBomb(300 * megabyte),
        method: 8,
        declaredSize: 1024,
      },
    ]);
    const entries = zipDirectory(bytes)!;
    expect(entries[0]?.declaredSize).toBe(1024);
    expect(inflatedZipSize(bytes, entries, 200 * megabyte)).toBeGreaterThan(200 * megabyte);
  });

  it('sums stored and deflated entries of an honest archive exactly', () => {
    const text = new TextEncoder().encode('<w:document/>'.repeat(1000));
    const bytes = zipArchive([
      { name: 'a.xml', data: deflateSync(text), method: 8, declaredSize: text.length },
      { name: 'b.xml', data: text, method: 0, declaredSize: text.length },
    ]);
    expect(inflatedZipSize(bytes, zipDirectory(bytes)!, 200 * megabyte)).toBe(2 * text.length);
  });

  it('throws on damaged compressed data', () => {
    const bytes = zipArchive([
      { name: 'a.xml', data: new Uint8Array([0xff, 0xff, 0xff]), method: 8, declaredSize: 3 },
    ]);
    expect(() => inflatedZipSize(bytes, zipDirectory(bytes)!, megabyte)).toThrow();
  });
});
