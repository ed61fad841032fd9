import fs from 'node:fs/promises';
import { exportFileExtensions } from '../../../shared/export/export-file-name';
import type { Article } from '../../../shared/model/article';
import type { ExportFailure } from '../../../shared/model/export-job';
import { toSchemaDocument } from '../../../shared/export/to-schema-document';
import { articleExportFailure } from './article-export-failure';
import { createExportAssetReader } from './export-asset-reader';
import { createExportImageMode } from './export-images';
import type { ExportJob, ExportOptions } from './export-options';
import { renderWxr } from './render-wxr';
import { writeArticleExport } from './write-article-export';
import { writeExport } from './write-export';
import { settleExistingFiles } from './settle-existing-files';
import { exportFileNames } from './export-file-names';

export interface ExportJobEvents {
  /** After each article: how many are done, every file written and every article failed so far. */
  onProgress(done: number, paths: readonly string[], failures: readonly ExportFailure[]): void;
  isCancelled(): boolean;
}

export interface ExportJobResult {
  paths: string[];
  /** Articles left out of the batch, each with the reason; the others were written. */
  failures: ExportFailure[];
  cancelled: boolean;
}

const failureOf = (article: Article, error: unknown): ExportFailure => {
  const failure = articleExportFailure(article, error);
  if (failure === null) throw error;
  return failure;
};

// The set's articles whose bodies the renderers can read, and a failure for each of the others.
const exportable = (articles: readonly Article[]) => {
  const failures: ExportFailure[] = [];
  const fitting = articles.filter((article) => {
    try {
      toSchemaDocument(article.body);
      return true;
    } catch (error) {
      failures.push(failureOf(article, error));
      return false;
    }
  });
  return { fitting, failures };
};

const writeWxr = async (job: ExportJob, events: ExportJobEvents): Promise<ExportJobResult> => {
  const [fileName] = settleExistingFiles(job.outDir, exportFileNames([], 'wxr', job.startedAt), {
    extension: 'xml',
    existing: job.existing,
  }) as [string];
  const readAsset = createExportAssetReader(job.libraryPath);
  const images = createExportImageMode(job.options.images, fileName.slice(0, -4), readAsset);
  const { fitting, failures } = exportable(job.articles);
  const xml = renderWxr(fitting, {
    gutenberg: job.options.gutenberg,
    nofollow: job.options.nofollow,
    resolveImage: images.resolveImage,
    now: new Date(job.startedAt),
  });
  if (events.isCancelled()) return { paths: [], failures, cancelled: true };
  const written = await writeExport({
    folder: job.outDir,
    fileName,
    content: xml,
    images: images.folder?.(),
    readAsset,
  });
  events.onProgress(job.articles.length, [written.path], failures);
  return { paths: [written.path], failures, cancelled: false };
};

/**
 * Renders and writes a batch, one crash-safe file per article (or one WXR file for the set),
 * checking for cancellation between files; files already written stay. An article that cannot
 * be rendered is left out and reported; a full disk or a folder not writable stops the batch.
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
  const extension = exportFileExtensions[format];
  const fileNames = settleExistingFiles(
    job.outDir,
    exportFileNames(job.articles, format, job.startedAt),
    { extension, existing: job.existing },
  );
  const paths: string[] = [];
  const failures: ExportFailure[] = [];
  for (const [index, article] of job.articles.entries()) {
    if (events.isCancelled()) return { paths, failures, cancelled: true };
    const fileName = fileNames[index]!;
    try {
      paths.push(
        await writeArticleExport(article, options, { outDir: job.outDir, fileName, readAsset }),
      );
    } catch (error) {
      failures.push(failureOf(article, error));
    }
    events.onProgress(index + 1, paths, failures);
  }
  return { paths, failures, cancelled: false };
};
