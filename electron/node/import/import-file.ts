import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors/error-code';
import { importBytes, importMaxBytes } from './import-bytes';
import type { ImportedDraft } from './imported-draft';

export { importMaxBytes };

const readBytes = async (path: string): Promise<Buffer> => {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT'
      ? new AppError('not_found', `File not found: ${path}`)
      : new AppError('io', `Cannot read ${path}: ${error.message}`);
  });
  if (!info.isFile()) throw new AppError('invalid', `Not a file: ${path}`);
  if (info.size > importMaxBytes) {
    throw new AppError('invalid', `${basename(path)} is larger than 20 MB and was not imported.`);
  }
  return readFile(path);
};

/** Reads and converts one file (text, Markdown, HTML or DOCX) into a validated, sanitised article draft. */
export const importFile = async (path: string): Promise<ImportedDraft> =>
  importBytes(basename(path), await readBytes(path));
