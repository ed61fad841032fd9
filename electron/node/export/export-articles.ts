import { AppError } from '../../../shared/errors/error-code';
import type { Article } from '../../../shared/model/article';
import type {
  ExistingFiles,
  ExportFailure,
  ExportSuggestions,
} from '../../../shared/model/export-job';
import type { Library } from '../library/library';
import type { ExportOptions } from './export-options';
import { readExportArticles } from './read-export-articles';
import { runExportInWorker } from './run-export-worker';
import { settleExportSuggestions } from './settle-export-suggestions';

export interface ExportProgressUpdate {
  done: number;
  total: number;
  paths: readonly string[];
  /** Articles that could not be exported so far (the batch went on without them). */
  failures?: readonly ExportFailure[];
}

export interface ExportRun extends ExportOptions {
  outDir: string;
  /** Pending suggestions: the original text (the default) or the final one. */
  suggestions?: ExportSuggestions;
  /** Files already in `outDir`: refused (the default), replaced, or kept beside the new ones. */
  existing?: ExistingFiles;
  /** When the batch started (ISO; now by default): the WXR file's name and channel date. */
  startedAt?: string;
  onProgress?: (progress: ExportProgressUpdate) => void;
  /** Aborting stops after the current file; the promise then rejects with 'cancelled'. */
  signal?: AbortSignal;
}

/**
 * Exports articles already read (readExportArticles) in a worker thread; resolves with the
 * files written (one per article, or the one WXR file). An article that cannot be rendered does
 * not stop the batch: it is reported through `onProgress` (`failures`) and the rest is written.
 */
export const exportArticleSet = async (
  articles: Article[],
  libraryPath: string,
  run: ExportRun,
): Promise<string[]> => {
  const { format, images, stylesheet, gutenberg, nofollow, ninjsVersion, outDir, onProgress } = run;
  const total = articles.length;
  const suggestions = run.suggestions ?? 'original';
  const result = await runExportInWorker(
    {
      options: { format, images, stylesheet, gutenberg, nofollow, ninjsVersion },
      articles: articles.map((article) => settleExportSuggestions(article, suggestions)),
      outDir,
      libraryPath,
      existing: run.existing ?? 'refuse',
      startedAt: run.startedAt ?? new Date().toISOString(),
    },
    {
      signal: run.signal,
      onProgress: (done, paths, failures) => onProgress?.({ done, total, paths, failures }),
    },
  );
  if (result.cancelled) {
    throw new AppError(
      'cancelled',
      `The export was cancelled after ${result.paths.length} of ${total} files.`,
    );
  }
  return result.paths;
};

/**
 * Exports library articles to `outDir` in one format. The articles are read here, in the calling
 * thread (the library connection and its lock belong to it, and reading is quick); rendering and
 * writing run in a worker. An article under embargo refuses the batch unless `ignoreEmbargo`.
 */
export const exportArticles = async (
  request: ExportRun & {
    library: Pick<Library, 'get' | 'path' | 'wire'>;
    ids: readonly string[];
    ignoreEmbargo: boolean;
  },
): Promise<string[]> => {
  const { library, ids, ignoreEmbargo, ...run } = request;
  const articles = readExportArticles(library, ids, { ignoreEmbargo });
  return exportArticleSet(articles, library.path, run);
};
