import path from 'node:path';
import type { Article } from '../../../shared/model/article';
import { createExportImageMode } from './export-images';
import type { ExportOptions } from './export-options';
import { renderArticleDocx } from './render-docx';
import { renderArticleText } from './render-article-text';
import { writeExport, writeExportFile } from './write-export';

export interface ArticleExportTarget {
  outDir: string;
  /** A safe, unique file name with its extension (createUniqueFileNames). */
  fileName: string;
  readAsset: (source: string) => Uint8Array | null;
}

const stemOf = (fileName: string): string => fileName.slice(0, fileName.lastIndexOf('.'));

/**
 * Renders and writes one article's file (crash-safely), with its images in `<stem>_files/` in
 * folder mode; returns the file's path.
 */
export const writeArticleExport = async (
  article: Article,
  options: ExportOptions & { format: Exclude<ExportOptions['format'], 'wxr'> },
  target: ArticleExportTarget,
): Promise<string> => {
  const { outDir, fileName, readAsset } = target;
  if (options.format === 'docx') {
    const file = path.join(outDir, fileName);
    writeExportFile(file, await renderArticleDocx(article, readAsset));
    return file;
  }
  const images = createExportImageMode(options.images, stemOf(fileName), readAsset);
  const content = renderArticleText(article, options.format, options, images.resolveImage);
  const written = await writeExport({
    folder: outDir,
    fileName,
    content,
    images: images.folder?.(),
    readAsset,
  });
  return written.path;
};
