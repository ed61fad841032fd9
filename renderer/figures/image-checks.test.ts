import { describe, expect, it } from 'vitest';
import { pastedImageFiles } from './pasted-image-files';
import { scaledSize } from './scaled-size';
import { sniffImageType } from './sniff-image-type';

const bytes = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));

describe('sniffImageType', () => {
  it.each([
    ['png', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR'],
    ['jpeg', '\xff\xd8\xff\xe0\0\x10JFIF'],
    ['gif', 'GIF89a\x01\0\x01\0'],
    ['webp', 'RIFF\x1a\0\0\0WEBPVP8L'],
  ])('recognises %s by its first bytes', (type, head) => {
    expect(sniffImageType(bytes(head))).toBe(type);
  });

  it.each([
    ['a program', 'MZ\x90\0\x03\0\0\0'],
    ['an SVG', '<svg xmlns="http'],
    ['an HTML page', '<!doctype html>'],
    ['a WAV file', 'RIFF\x1a\0\0\0WAVEfmt '],
    ['nothing', ''],
  ])('refuses %s', (_label, head) => {
    expect(sniffImageType(bytes(head))).toBeNull();
  });
});

describe('scaledSize', () => {
  it('fits the long side into the limit and keeps the proportions', () => {
    expect(scaledSize({ width: 6000, height: 4000 }, 3000)).toEqual({ width: 3000, height: 2000 });
    expect(scaledSize({ width: 1000, height: 9000 }, 3000)).toEqual({ width: 333, height: 3000 });
  });

  it('never enlarges, and never reaches zero', () => {
    expect(scaledSize({ width: 800, height: 600 }, 3000)).toEqual({ width: 800, height: 600 });
    expect(scaledSize({ width: 30000, height: 1 }, 3000)).toEqual({ width: 3000, height: 1 });
  });
});

const clipboard = (data: Record<string, string>, files: File[]): DataTransfer =>
  ({
    files: Object.assign([...files], { item: (index: number) => files[index] ?? null }),
    getData: (type: string) => data[type] ?? '',
  }) as unknown as DataTransfer;

describe('pastedImageFiles', () => {
  const picture = new File([bytes('\x89PNG\r\n\x1a\n')], 'image.png', { type: 'image/png' });

  it('takes a pasted picture that comes alone or with only an <img> around it', () => {
    expect(pastedImageFiles(clipboard({}, [picture]))).toEqual([picture]);
    const html = '<meta charset="utf-8"><img src="https://example.invalid/a.png">';
    expect(pastedImageFiles(clipboard({ 'text/html': html }, [picture]))).toEqual([picture]);
  });

  it('leaves a text paste that carries a picture of itself (Word, LibreOffice) to the HTML path', () => {
    const html = '<p class="MsoNormal">Le conseil municipal a voté.</p>';
    expect(pastedImageFiles(clipboard({ 'text/html': html }, [picture]))).toEqual([]);
    expect(pastedImageFiles(clipboard({ 'text/plain': 'Bonjour' }, [picture]))).toEqual([]);
    expect(pastedImageFiles(clipboard({ 'text/plain': 'Bonjour' }, []))).toEqual([]);
    expect(pastedImageFiles(null)).toEqual([]);
  });
});
