import { AppError } from '../../../shared/errors/error-code';
import type { Article } from '../../../shared/model/article';
import type { ExportFailure } from '../../../shared/model/export-job';

// Errors about the destination, not the article: every later file would fail the same way.
const batchErrors = new Set(['disk_full', 'read_only', 'cancelled']);

/**
 * What to report when one article of a batch cannot be exported, or null when the error ends
 * the whole batch (full disk, folder not writable) and must be rethrown.
 */
export const articleExportFailure = (article: Article, error: unknown): ExportFailure | null => {
  if (error instanceof AppError && batchErrors.has(error.code)) return null;
  return {
    headline: article.headline.trim() || 'Untitled',
    message: error instanceof Error ? error.message : String(error),
  };
};
