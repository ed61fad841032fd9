import { missingCaseError } from '../../../shared/errors/missing-case';
import type { ImageFormat } from './image-format';

export interface Dimensions {
  width: number;
  height: number;
}

const pngDimensions = (view: DataView): Dimensions | null =>
  view.byteLength >= 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : null;

const gifDimensions = (view: DataView): Dimensions | null =>
  view.byteLength >= 10
    ? { width: view.getUint16(6, true), height: view.getUint16(8, true) }
    : null;

/** Start-of-frame markers carry the size: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
const isStartOfFrame = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

const jpegDimensions = (view: DataView): Dimensions | null => {
  let offset = 2;
  while (offset + 4 <= view.byteLength) {
    if (view.getUint8(offset) !== 0xff) return null;
    const marker = view.getUint8(offset + 1);
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    const length = view.getUint16(offset + 2);
    if (isStartOfFrame(marker)) {
      if (offset + 9 > view.byteLength) return null;
      return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    }
    if (length < 2) return null;
    offset += 2 + length;
  }
  return null;
};

const uint24 = (view: DataView, offset: number): number =>
  view.getUint8(offset) | (view.getUint8(offset + 1) << 8) | (view.getUint8(offset + 2) << 16);

const webpDimensions = (view: DataView): Dimensions | null => {
  if (view.byteLength < 30) return null;
  const chunk = String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + 12, 4));
  if (chunk === 'VP8X') {
    return { width: uint24(view, 24) + 1, height: uint24(view, 27) + 1 };
  }
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  return null;
};

/** Width and height from the file header; null when the header is truncated or malformed. */
export const imageDimensions = (bytes: Uint8Array, format: ImageFormat): Dimensions | null => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dimensions = readDimensions(view, format);
  return dimensions && dimensions.width > 0 && dimensions.height > 0 ? dimensions : null;
};

const readDimensions = (view: DataView, format: ImageFormat): Dimensions | null => {
  switch (format) {
    case 'png':
      return pngDimensions(view);
    case 'gif':
      return gifDimensions(view);
    case 'jpeg':
      return jpegDimensions(view);
    case 'webp':
      return webpDimensions(view);
    default:
      throw missingCaseError(format);
  }
};
