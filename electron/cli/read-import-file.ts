import { basename } from 'node:path';
import type { ArticleDraft } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors/error-code';
import type { Importer } from '../node/import/worker/create-importer';
import type { ReceivedPackage } from '../node/package/received-package';

export type ImportSource = { draft: ArticleDraft } | { received: ReceivedPackage };

/**
 * One file for `copydesk import`, read and checked without touching the library: a `.copydesk`
 * package (named so, or a ZIP that is not a Word file) or an article to convert (in the
 * importer's worker, bounded in time and memory).
 */
export const readImportFile = async (file: string, importer: Importer): Promise<ImportSource> => {
  // Loaded on demand: the converters (Tiptap, jsdom, DOMPurify) are most of the CLI's start-up.
  const { fileHead, isPackageFile, readPackageFile } = await import('../node/package/package-file');
  if (!isPackageFile(file, fileHead(file))) {
    return { draft: await importer.convert({ path: file }) };
  }
  const { readPackage } = await import('../node/package/read-package');
  try {
    return { received: readPackage(readPackageFile(file)) };
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError(error.code, `${basename(file)}: ${error.message}`);
    throw error;
  }
};
