import fs from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors/error-code';
import { packageExtension } from '../../../shared/package/package-format';
import { packageLimits } from '../../../shared/package/package-limits';
import { looksLikeZip } from './read-package';

/**
 * Whether a file to import is a package: named `.copydesk`, or a ZIP that is not a Word document
 * (the package reader then says clearly when it is no package either).
 */
export const isPackageFile = (name: string, head: Uint8Array): boolean =>
  name.toLowerCase().endsWith(packageExtension) || (looksLikeZip(head) && !/\.docx$/i.test(name));

/** The first bytes of a file (enough to recognise a ZIP); empty when it cannot be read. */
export const fileHead = (path: string): Uint8Array => {
  try {
    const descriptor = fs.openSync(path, 'r');
    try {
      const head = new Uint8Array(4);
      const read = fs.readSync(descriptor, head, 0, head.length, 0);
      return head.subarray(0, read);
    } finally {
      fs.closeSync(descriptor);
    }
  } catch {
    return new Uint8Array(0);
  }
};

/** The whole package file, refused by its size before it is read. */
export const readPackageFile = (path: string): Uint8Array => {
  let size: number;
  try {
    size = fs.statSync(path).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(code === 'ENOENT' ? 'not_found' : 'io', `Cannot read ${basename(path)}.`);
  }
  if (size > packageLimits.maximumPackageBytes) {
    throw new AppError('invalid', `${basename(path)} is larger than 100 MB and was not imported.`);
  }
  return fs.readFileSync(path);
};
