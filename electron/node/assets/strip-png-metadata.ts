const signatureLength = 8;
/** Text (author, comments, software, location) and EXIF chunks. */
const metadataChunks = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf']);

/**
 * Drops text chunks (tEXt, zTXt, iTXt: Author, Comment, GPS notes …), EXIF (eXIf) and anything
 * after IEND from a PNG, copying every other chunk byte for byte (PNG 3rd edition, §5.3: a chunk
 * is length, type, data, CRC). A chunk that runs past the end is kept as it is.
 */
export const stripPngMetadata = (bytes: Uint8Array): Uint8Array => {
  const kept: Uint8Array[] = [bytes.subarray(0, signatureLength)];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = signatureLength;
  while (offset + 12 <= bytes.length) {
    const end = offset + 12 + view.getUint32(offset);
    if (end > bytes.length) break;
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (!metadataChunks.has(type)) kept.push(bytes.subarray(offset, end));
    offset = end;
    if (type === 'IEND') return Buffer.concat(kept);
  }
  kept.push(bytes.subarray(offset));
  return Buffer.concat(kept);
};
