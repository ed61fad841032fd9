import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import { AppError } from '../../../shared/errors/error-code';
import type { ZipEntry } from './zip-directory';

const localHeaderSignature = 0x04034b50;
/** Compressed bytes pushed at a time: one push can never expand past ~16 MB (deflate's 1032:1). */
const chunkSize = 16 * 1024;

const damaged = (name: string, detail: string): AppError =>
  new AppError('invalid', `This package is damaged: the entry ${JSON.stringify(name)} ${detail}.`);

const compressedData = (bytes: Uint8Array, entry: ZipEntry): Uint8Array => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== localHeaderSignature) {
    throw damaged(entry.name, 'cannot be found');
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw damaged(entry.name, 'is cut short');
  return bytes.subarray(start, end);
};

/** Inflates at most `limit` bytes: a stream that goes on past it is stopped there, not read out. */
const inflateBounded = (entry: ZipEntry, compressed: Uint8Array, limit: number): Uint8Array => {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw damaged(entry.name, 'is larger than it declares');
    parts.push(chunk);
  });
  try {
    if (compressed.length === 0) inflater.push(compressed, true);
    for (let at = 0; at < compressed.length; at += chunkSize) {
      inflater.push(compressed.subarray(at, at + chunkSize), at + chunkSize >= compressed.length);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw damaged(entry.name, 'cannot be decompressed');
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
};

/**
 * The bytes of one entry, whose declared size the caller has already accepted: the real size
 * must equal the declared one and the CRC-32 must match.
 */
export const readZipEntry = (bytes: Uint8Array, entry: ZipEntry): Uint8Array => {
  const compressed = compressedData(bytes, entry);
  let data: Uint8Array;
  if (entry.method === 0) data = compressed;
  else if (entry.method === 8) data = inflateBounded(entry, compressed, entry.size);
  else throw damaged(entry.name, `uses an unsupported compression method (${entry.method})`);
  if (data.length !== entry.size) throw damaged(entry.name, 'does not have the size it declares');
  if (crc32(data) !== entry.crc32) throw damaged(entry.name, 'fails its checksum');
  return data;
};
