import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors/error-code';
import type { FolderImageFile } from '../../../shared/export/folder-images';
import { writeFileDurably, type WriteNewFile } from '../files/write-file-durably';

export interface WriteExportRequest {
  /** The folder the user chose. */
  folder: string;
  /** A bare, safe file name (createUniqueFileNames). */
  fileName: string;
  content: string;
  /** Folder image mode: the `<slug>_files` folder name and the assets to copy into it. */
  images?: { folderName: string; files: FolderImageFile[] };
  readAsset?: (source: string) => Uint8Array | null;
  /** Writes and fsyncs a new file; replaceable in tests. */
  writeData?: WriteNewFile;
}

export interface WriteExportResult {
  path: string;
  images: string[];
  /** Assets the library could not provide (their images are missing from the folder). */
  missing: string[];
}

const appErrorOf = (error: unknown, target: string): AppError => {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const name = path.basename(target);
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new AppError('disk_full', `The disk is full; ${name} was not written.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError(
      'read_only',
      `Copydesk may not write to this folder; ${name} was not written.`,
    );
  }
  return new AppError('io', `${name} could not be written (${code || String(error)}).`);
};

const assertBareName = (name: string): void => {
  if (
    name === '' ||
    name === '.' ||
    name === '..' ||
    path.basename(name) !== name ||
    name.includes('\\')
  ) {
    throw new AppError('invalid', `"${name}" is not a plain file name.`);
  }
};

/** The crash-safe write, with its failure said in the user's terms (disk full, read-only…). */
export const writeExportFile = (
  target: string,
  data: string | Uint8Array,
  writeNewFile?: WriteNewFile,
): void => {
  try {
    writeFileDurably(target, data, writeNewFile);
  } catch (error) {
    throw appErrorOf(error, target);
  }
};

/**
 * Writes one exported file crash-safely (the previous file stays whole if anything fails) and,
 * in folder image mode, copies its assets into `<slug>_files/` first.
 */
export const writeExport = async (request: WriteExportRequest): Promise<WriteExportResult> => {
  assertBareName(request.fileName);
  await fs.mkdir(request.folder, { recursive: true });
  const images: string[] = [];
  const missing: string[] = [];
  if (request.images !== undefined && request.images.files.length > 0) {
    assertBareName(request.images.folderName);
    const imageFolder = path.join(request.folder, request.images.folderName);
    await fs.mkdir(imageFolder, { recursive: true });
    for (const file of request.images.files) {
      assertBareName(file.name);
      const bytes = request.readAsset?.(file.source) ?? null;
      if (bytes === null) {
        missing.push(file.source);
        continue;
      }
      const target = path.join(imageFolder, file.name);
      writeExportFile(target, bytes, request.writeData);
      images.push(target);
    }
  }
  const target = path.join(request.folder, request.fileName);
  writeExportFile(target, request.content, request.writeData);
  return { path: target, images, missing };
};
