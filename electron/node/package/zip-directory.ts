import { AppError } from '../../../shared/errors/error-code';

/** One file as the ZIP's central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const zip64Marker = 0xffffffff;
const names = new TextDecoder('utf-8', { fatal: true });

const damaged = (detail: string): AppError =>
  new AppError('invalid', `This package is damaged or is not a Copydesk package (${detail}).`);

const findEndOfDirectory = (view: DataView): number => {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at -= 1) {
    if (view.getUint32(at, true) === endOfDirectorySignature) return at;
  }
  throw damaged('no ZIP directory');
};

/**
 * The entries a ZIP declares, read from its central directory without inflating anything; the
 * count is refused above `maximumEntries` before a single entry is read. ZIP64 and encrypted
 * entries are refused (a package never needs them).
 */
export const readZipDirectory = (bytes: Uint8Array, maximumEntries: number): ZipEntry[] => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw damaged('too short');
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === zip64Marker) throw damaged('ZIP64 is not supported');
  if (count > maximumEntries) {
    throw new AppError(
      'invalid',
      `This package holds too many entries (${count}; the limit is ${maximumEntries}).`,
    );
  }
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== directoryEntrySignature) {
      throw damaged('unreadable directory');
    }
    const nameLength = view.getUint16(at + 28, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > bytes.byteLength) throw damaged('unreadable directory');
    let name: string;
    try {
      name = names.decode(bytes.subarray(at + 46, nameEnd));
    } catch {
      throw damaged('an entry name is not UTF-8');
    }
    const entry: ZipEntry = {
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if (entry.size === zip64Marker || entry.compressedSize === zip64Marker)
      throw damaged('ZIP64 is not supported');
    if ((entry.flags & 1) !== 0) throw damaged('encrypted entries are not supported');
    entries.push(entry);
    at = nameEnd + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
};
