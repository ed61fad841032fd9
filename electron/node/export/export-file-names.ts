import { exportFileExtensions } from '../../../shared/export/export-file-name';
import { createUniqueFileNames } from '../../../shared/export/safe-file-name';
import type { Article } from '../../../shared/model/article';
import type { ExportFormat } from '../../../shared/model/export-job';
import { wxrFileName } from './wxr-file-name';

/**
 * The names a batch would write before any file already in the folder is settled: one per
 * article from its slug (or headline), or the one WXR file of the set.
 */
export const exportFileNames = (
  articles: readonly Pick<Article, 'slug' | 'headline'>[],
  format: ExportFormat,
  startedAt: string,
): string[] =>
  format === 'wxr'
    ? [wxrFileName(startedAt)]
    : createUniqueFileNames(
        articles.map((article) => article.slug || article.headline),
        exportFileExtensions[format],
      );
