const startOfScan = 0xda;
const endOfImage = 0xd9;

const startsWithText = (bytes: Uint8Array, offset: number, text: string): boolean =>
  [...text].every((character, index) => bytes[offset + index] === character.charCodeAt(0));

/**
 * Kept: JFIF (APP0), the ICC colour profile (APP2 "ICC_PROFILE") and Adobe's colour transform
 * (APP14), which change how the pixels look. Every other APPn (EXIF and XMP in APP1, MPF's extra
 * pictures in APP2, IPTC in APP13 …) and comments go.
 */
const keepsSegment = (bytes: Uint8Array, marker: number, payload: number): boolean => {
  if (marker === 0xfe) return false;
  if (marker < 0xe0 || marker > 0xef) return true;
  if (marker === 0xe0) return startsWithText(bytes, payload, 'JFIF\0');
  if (marker === 0xe2) return startsWithText(bytes, payload, 'ICC_PROFILE\0');
  return marker === 0xee && startsWithText(bytes, payload, 'Adobe');
};

const isStandalone = (marker: number): boolean =>
  marker === 0x01 || marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7);

/** Where the entropy-coded data after a scan header ends: the next marker that is not a restart. */
const endOfEntropyData = (bytes: Uint8Array, from: number): number => {
  let offset = from;
  while (offset + 1 < bytes.length) {
    const next = bytes[offset + 1]!;
    if (bytes[offset] !== 0xff || next === 0x00 || (next >= 0xd0 && next <= 0xd7)) offset += 1;
    else if (next === 0xff) offset += 1;
    else return offset;
  }
  return bytes.length;
};

/**
 * Drops EXIF (GPS, camera serial…), XMP, IPTC, MPF, comments and whatever follows the end of
 * the image (the extra pictures MPF or a careless tool appends) from a JPEG: they can reveal a
 * source. Orientation goes with EXIF; the renderer bakes it into the pixels before upload. The
 * image data itself is copied byte for byte. A file it cannot walk to the end keeps its pixels
 * from there on (the format check has already passed).
 */
export const stripJpegMetadata = (bytes: Uint8Array): Uint8Array => {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let offset = 2;
  while (offset + 1 < bytes.length) {
    if (bytes[offset] !== 0xff) break;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === endOfImage) {
      kept.push(bytes.subarray(offset, offset + 2));
      return Buffer.concat(kept);
    }
    if (isStandalone(marker)) {
      kept.push(bytes.subarray(offset, offset + 2));
      offset += 2;
      continue;
    }
    if (offset + 4 > bytes.length) break;
    const end = offset + 2 + ((bytes[offset + 2]! << 8) | bytes[offset + 3]!);
    if (end > bytes.length) break;
    if (keepsSegment(bytes, marker, offset + 4)) kept.push(bytes.subarray(offset, end));
    offset = end;
    if (marker === startOfScan) {
      const scanEnd = endOfEntropyData(bytes, offset);
      kept.push(bytes.subarray(offset, scanEnd));
      offset = scanEnd;
    }
  }
  kept.push(bytes.subarray(offset));
  return Buffer.concat(kept);
};
