export interface ZipArchiveEntry {
  name: string;
  /** The entry's bytes as stored: raw DEFLATE data when `method` is 8. */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the headers claim (a bomb lies here). */
  declaredSize: number;
}

/** A ZIP archive written field by field, so a test can make its headers say anything. */
export const zipArchive = (entries: ZipArchiveEntry[]): Uint8Array => {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  const header = (size: number, fill: (view: DataView) => void): Uint8Array => {
    const bytes = new Uint8Array(size);
    fill(new DataView(bytes.buffer));
    return bytes;
  };
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const common = (view: DataView, at: number) => {
      view.setUint16(at, 20, true); // version needed
      view.setUint16(at + 4, entry.method, true);
      view.setUint32(at + 14, entry.data.length, true);
      view.setUint32(at + 18, entry.declaredSize, true);
      view.setUint16(at + 22, name.length, true);
    };
    const local = header(30, (view) => {
      view.setUint32(0, 0x04034b50, true);
      common(view, 4);
    });
    const central = header(46, (view) => {
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, 20, true); // version made by
      common(view, 6);
      view.setUint32(42, offset, true);
    });
    parts.push(local, name, entry.data);
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directorySize = directory.reduce((total, part) => total + part.length, 0);
  const end = header(22, (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, entries.length, true);
    view.setUint16(10, entries.length, true);
    view.setUint32(12, directorySize, true);
    view.setUint32(16, offset, true);
  });
  const all = [...parts, ...directory, end];
  const bytes = new Uint8Array(all.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of all) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
};
