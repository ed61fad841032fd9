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
  if (headerPagesValid && headerPages * pageSize > size) {
    return `the file is truncated (${size} bytes of ${headerPages * pageSize})`;
  }
  return null;
};
