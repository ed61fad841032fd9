const headerLength = 12;
const metadataChunks = new Set(['EXIF', 'XMP ']);
/** VP8X flag bits saying EXIF (0x08) and XMP (0x04) chunks follow. */
const metadataFlags = 0x08 | 0x04;

const fourCc = (bytes: Uint8Array, offset: number): string =>
  String.fromCharCode(...bytes.subarray(offset, offset + 4));

/**
 * Drops the EXIF and XMP chunks from a WebP, clears their flags in the VP8X header and rewrites
 * the RIFF size; bytes past the RIFF size go too (WebP container specification: RIFF header, then
 * chunks of FourCC, little-endian size, data padded to an even length).
 */
export const stripWebpMetadata = (bytes: Uint8Array): Uint8Array => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffEnd = Math.min(bytes.length, 8 + view.getUint32(4, true));
  const kept: Uint8Array[] = [];
  let offset = headerLength;
  while (offset + 8 <= riffEnd) {
    const size = view.getUint32(offset + 4, true);
    const end = Math.min(riffEnd, offset + 8 + size + (size % 2));
    const type = fourCc(bytes, offset);
    if (type === 'VP8X' && end - offset >= 9) {
      const header = Uint8Array.from(bytes.subarray(offset, end));
      header[8] = header[8]! & ~metadataFlags;
      kept.push(header);
    } else if (!metadataChunks.has(type)) kept.push(bytes.subarray(offset, end));
    offset = end;
  }
  kept.push(bytes.subarray(offset, riffEnd));
  const body = Buffer.concat(kept);
  const header = Buffer.from(bytes.subarray(0, headerLength));
  header.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([header, body]);
};
