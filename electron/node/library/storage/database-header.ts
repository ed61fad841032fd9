import fs from 'node:fs';

const magic = 'SQLite format 3\0';

const readHeader = (file: string): Buffer => {
  const descriptor = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(descriptor, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    fs.closeSync(descriptor);
  }
};

const pageSizeOf = (header: Buffer): number => {
  const raw = header.readUInt16BE(16);
  return raw === 1 ? 65_536 : raw;
};

/** Frames waiting in the write-ahead log beside `file` (its 32-byte header alone holds none). */
const walHoldsFrames = (file: string): boolean => {
  try {
    return fs.statSync(`${file}-wal`).size > 32;
  } catch {
    return false;
  }
};

const isPowerOfTwoPageSize = (size: number): boolean =>
  size >= 512 && size <= 65_536 && (size & (size - 1)) === 0;

/**
 * Why `file` cannot be a whole SQLite database (empty, not SQLite, truncated), or null. Reads
 * only; a damaged library must stay byte-identical for recovery.
 */
export const databaseHeaderProblem = (file: string): string | null => {
  const size = fs.statSync(file).size;
  if (size === 0) return 'the file is empty (0 bytes)';
  const header = readHeader(file);
  if (header.length < 100 || header.toString('latin1', 0, 16) !== magic) {
    return 'the file is not a SQLite database';
  }
  const pageSize = pageSizeOf(header);
  if (!isPowerOfTwoPageSize(pageSize)) return 'the file header is damaged';
  if (size % pageSize !== 0)
    return 'the file is truncated (its size is not a whole number of pages)';
  const headerPages = header.readUInt32BE(28);
  const headerPagesValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  // A checkpoint copies page 1 back first: killed before the pages that grow the file, it leaves
  // a file shorter than its header says, whole again once SQLite replays the log.
  if (headerPagesValid && headerPages * pageSize > size && !walHoldsFrames(file)) {
    return `the file is truncated (${size} bytes of ${headerPages * pageSize})`;
  }
  return null;
};
