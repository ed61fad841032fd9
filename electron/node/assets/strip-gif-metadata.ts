const extensionIntroducer = 0x21;
const imageSeparator = 0x2c;
const trailer = 0x3b;
const commentLabel = 0xfe;
const applicationLabel = 0xff;
/** The looping count of animations (NETSCAPE2.0, or its ANIMEXTS1.0 twin) is kept. */
const loopingApplications = ['NETSCAPE2.0', 'ANIMEXTS1.0'];

/** The offset after a run of data sub-blocks (size byte, data …, ended by a 0 size). */
const afterSubBlocks = (bytes: Uint8Array, from: number): number => {
  let offset = from;
  while (offset < bytes.length && bytes[offset] !== 0) offset += bytes[offset]! + 1;
  return offset + 1;
};

const colourTableBytes = (packed: number): number =>
  packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0;

const isLooping = (bytes: Uint8Array, offset: number): boolean => {
  if (bytes[offset + 2] !== 11) return false;
  const identifier = String.fromCharCode(...bytes.subarray(offset + 3, offset + 14));
  return loopingApplications.includes(identifier);
};

/**
 * Drops comment extensions and application extensions (XMP, editor data …) but the looping one,
 * and anything after the trailer, from a GIF (GIF89a specification: header, logical screen,
 * then extension and image blocks). A file it cannot walk keeps the rest as it is.
 */
export const stripGifMetadata = (bytes: Uint8Array): Uint8Array => {
  const screenEnd = 13 + colourTableBytes(bytes[10] ?? 0);
  const kept: Uint8Array[] = [bytes.subarray(0, screenEnd)];
  let offset = screenEnd;
  while (offset < bytes.length) {
    const introducer = bytes[offset];
    let end: number;
    if (introducer === trailer) {
      kept.push(bytes.subarray(offset, offset + 1));
      return Buffer.concat(kept);
    } else if (introducer === extensionIntroducer) {
      end = afterSubBlocks(bytes, offset + 2);
      const label = bytes[offset + 1];
      const dropped =
        label === commentLabel || (label === applicationLabel && !isLooping(bytes, offset));
      if (end <= bytes.length && dropped) {
        offset = end;
        continue;
      }
    } else if (introducer === imageSeparator) {
      const descriptorEnd = offset + 10 + colourTableBytes(bytes[offset + 9] ?? 0);
      end = afterSubBlocks(bytes, descriptorEnd + 1);
    } else break;
    if (end > bytes.length) break;
    kept.push(bytes.subarray(offset, end));
    offset = end;
  }
  kept.push(bytes.subarray(offset));
  return Buffer.concat(kept);
};
