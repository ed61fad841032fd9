import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../library/testing/temporary-folder';
import { addAsset, readAsset } from './asset-store';
import { imageDimensions } from './image-dimensions';
import { sniffImageFormat } from './image-format';
import { stripImageMetadata } from './strip-image-metadata';
import {
  cleanGif,
  cleanJpeg,
  cleanWebp,
  gifWithMetadata,
  jpegWithMetadata,
  pngWithMetadata,
  secrets,
  webpWithMetadata,
} from './testing/images-with-metadata';
import { samplePng } from './testing/sample-images';

const fixtures = [
  ['JPEG (EXIF GPS, XMP, IPTC, MPF, comment, data after the end)', jpegWithMetadata(), cleanJpeg()],
  ['PNG (tEXt Author, iTXt XMP, zTXt, eXIf, data after IEND)', pngWithMetadata(), samplePng(4, 3)],
  [
    'GIF (comment, XMP application extension, data after the trailer)',
    gifWithMetadata(),
    cleanGif(),
  ],
  ['WebP (EXIF, XMP, data after the RIFF)', webpWithMetadata(), cleanWebp()],
] as const;

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

describe('stripImageMetadata', () => {
  it.each(fixtures)('leaves a %s with its picture only', (_name, carrying, clean) => {
    expect(secrets.filter((secret) => text(carrying).includes(secret)).length).toBeGreaterThan(1);
    const format = sniffImageFormat(carrying)!;
    const stripped = stripImageMetadata(carrying, format);
    expect(Buffer.from(stripped)).toEqual(clean);
    for (const secret of secrets) expect(text(stripped)).not.toContain(secret.slice(0, 20));
    expect(imageDimensions(stripped, format)).toEqual(imageDimensions(carrying, format));
  });

  it.each(fixtures)('returns a clean %s byte for byte', (_name, _carrying, clean) => {
    expect(Buffer.from(stripImageMetadata(clean, sniffImageFormat(clean)!))).toEqual(clean);
  });

  it('keeps the looping of an animated GIF and the colour profile of a JPEG', () => {
    expect(text(stripImageMetadata(gifWithMetadata(), 'gif'))).toContain('NETSCAPE2.0');
    expect(text(stripImageMetadata(jpegWithMetadata(), 'jpeg'))).toContain('ICC_PROFILE');
  });

  it('clears the EXIF and XMP flags of an extended WebP and gives it its new size', () => {
    const stripped = Buffer.from(stripImageMetadata(webpWithMetadata(), 'webp'));
    expect(stripped[20]! & 0x0c).toBe(0);
    expect(stripped.readUInt32LE(4)).toBe(stripped.length - 8);
  });

  it('keeps the rest of a file it cannot walk to the end', () => {
    const truncated = jpegWithMetadata().subarray(0, 60);
    const stripped = text(stripImageMetadata(truncated, 'jpeg'));
    expect(stripped).not.toContain('GPSLatitude');
    expect(stripped.startsWith('\xff\xd8')).toBe(true);
  });
});

describe('images stored in a library', () => {
  it.each(fixtures)('carry no metadata: %s', (_name, carrying, clean) => {
    const library = temporaryFolder();
    const stored = addAsset(library, carrying, 'application/octet-stream');
    const { bytes } = readAsset(library, stored.src);
    expect(bytes).toEqual(clean);
    for (const secret of secrets) expect(text(bytes)).not.toContain(secret.slice(0, 20));
  });
});
