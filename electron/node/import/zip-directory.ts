const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const localHeader = 0x04034b50;
const zip64Marker = 0xffffffff;

export interface ZipEntry {
  /** 0 stored, 8 deflated; a Word document uses nothing else. */
  method: number;
  /** Where the entry's compressed bytes start and end in the archive. */
  start: number;
  end: number;
  /** The uncompressed size the directory declares (Infinity for ZIP64): a claim, not a fact. */
  declaredSize: number;
}

const findEndOfDirectory = (view: DataView): number => {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at -= 1) {
    if (view.getUint32(at, true) === endOfDirectory) return at;
  }
  return -1;
};

const dataStart = (view: DataView, header: number): number | null => {
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== localHeader) return null;
  return header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
};

/**
 * The entries a ZIP's central directory lists (as JSZip, under mammoth, reads them), or null
 * when the directory or a local header cannot be read.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const entries: ZipEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== directoryEntry) return null;
    const size = view.getUint32(at + 24, true);
    const start = dataStart(view, view.getUint32(at + 42, true));
    const compressed = view.getUint32(at + 20, true);
    if (start === null || start + compressed > bytes.byteLength) return null;
    entries.push({
      method: view.getUint16(at + 10, true),
      start,
      end: start + compressed,
      declaredSize: size === zip64Marker ? Number.POSITIVE_INFINITY : size,
    });
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return entries;
}
