import fs from 'node:fs';
import type { WriteNewFile } from '../node/files/write-file-durably';

/** Creates `file` readable by its owner only, writes `data` and fsyncs it. */
export const writeSecretFile: WriteNewFile = (file, data) => {
  const descriptor = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeFileSync(descriptor, data);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
};
