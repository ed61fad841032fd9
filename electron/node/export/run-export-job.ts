import fs from 'node:fs/promises';
import { createUniqueFileNames } from '../../../shared/export/safe-file-name';
import type { Article } from '../../../shared/model/article';
import { createExportAssetReader } from './export-asset-reader';
import { createExportImageMode } from './export-images';
import type { ExportJob, ExportOptions } from './export-options';
import { renderWxr } from './render-wxr';
import { writeArticleExport } from './write-article-export';
import { writeExport } from './write-export';
import { wxrFileName } from './wxr-file-name';

export interface ExportJobEvents {
  /** After each file: how many articles are done and every file written so far. */
  onProgress(done: number, paths: readonly string[]): void;
  isCancelled(): boolean;
}

export interface ExportJobResult {
  paths: string[];
  cancelled: boolean;
}

const extensions = {
  html: 'html',
  'html-fragment': 'html',
  md: 'md',
  docx: 'docx',
  'review-html': 'html',
} as const;

const slugOf = (article: Article): string => article.slug || article.headline;

const writeWxr = async (job: ExportJob, events: ExportJobEvents): Promise<ExportJobResult> => {
  const fileName = wxrFileName(job.startedAt);
  const readAsset = createExportAssetReader(job.libraryPath);
  const images = createExportImageMode(job.options.images, fileName.slice(0, -4), readAsset);
  const xml = renderWxr(job.articles, {
    gutenberg: job.options.gutenberg,
    resolveImage: images.resolveImage,
    now: new Date(job.startedAt),
  });
  if (events.isCancelled()) return { paths: [], cancelled: true };
  const written = await writeExport({
    folder: job.outDir,
    fileName,
    content: xml,
    images: images.folder?.(),
    readAsset,
  });
  events.onProgress(job.articles.length, [written.path]);
  return { paths: [written.path], cancelled: false };
};

/**
 * Renders and writes a batch, one crash-safe file per article (or one WXR file for the set),
 * checking for cancellation between files; files already written stay.
 */
export const runExportJob = async (
  job: ExportJob,
  events: ExportJobEvents,
): Promise<ExportJobResult> => {
  await fs.mkdir(job.outDir, { recursive: true });
  const { format } = job.options;
  if (format === 'wxr') return writeWxr(job, events);
  const options: ExportOptions & { format: typeof format } = { ...job.options, format };
  const readAsset = createExportAssetReader(job.libraryPath);
  const fileNames = createUniqueFileNames(job.articles.map(slugOf), extensions[format]);
  const paths: string[] = [];
  for (const [index, article] of job.articles.entries()) {
    if (events.isCancelled()) return { paths, cancelled: true };
    const fileName = fileNames[index]!;
    paths.push(
      await writeArticleExport(article, options, { outDir: job.outDir, fileName, readAsset }),
    );
    events.onProgress(index + 1, paths);
  }
  return { paths, cancelled: false };
};
