import fs from 'node:fs';

/** The baseline write: the bytes to a file, then fsync, as a save at its cheapest would. */
export const writeAndSync = (file: string, bytes: string | Uint8Array): void => {
  const descriptor = fs.openSync(file, 'w');
  try {
    fs.writeSync(descriptor, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
};
