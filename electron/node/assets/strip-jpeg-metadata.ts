const startOfScan = 0xda;
/** Kept: JFIF (APP0), the ICC colour profile (APP2) and Adobe's colour transform (APP14). */
const keptApplicationSegments = new Set([0xe0, 0xe2, 0xee]);

const isMetadata = (marker: number): boolean =>
  marker === 0xfe || (marker >= 0xe0 && marker <= 0xef && !keptApplicationSegments.has(marker));

/**
 * Drops EXIF (GPS, camera serial…), XMP, IPTC and comments from a JPEG: they can reveal a source.
 * Orientation goes with EXIF; the renderer bakes it into the pixels before upload. Bytes it cannot
 * walk are returned unchanged (the format check has already passed).
 */
export const stripJpegMetadata = (bytes: Uint8Array): Uint8Array => {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let offset = 2;
  let removed = false;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    if (marker === startOfScan) break;
    const end = offset + 2 + ((bytes[offset + 2]! << 8) | bytes[offset + 3]!);
    if (end > bytes.length) return bytes;
    if (isMetadata(marker)) removed = true;
    else kept.push(bytes.subarray(offset, end));
    offset = end;
  }
  if (!removed) return bytes;
  kept.push(bytes.subarray(offset));
  return Buffer.concat(kept);
};
