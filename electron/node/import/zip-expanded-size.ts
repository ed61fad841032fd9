const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const zip64Marker = 0xffffffff;

/**
 * The total uncompressed size a ZIP declares in its central directory, or null when the
 * directory cannot be read. ZIP64 sizes count as unbounded: a Word document never needs them.
 */
export function zipExpandedSize(bytes: Uint8Array): { entries: number; bytes: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.byteLength - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= earliest; at -= 1) {
    if (view.getUint32(at, true) === endOfDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== directoryEntry) return null;
    const size = view.getUint32(at + 24, true);
    total += size === zip64Marker ? Number.POSITIVE_INFINITY : size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return { entries, bytes: total };
}
