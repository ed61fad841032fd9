import type { ExportFormat } from '../../shared/model/export-job';

/** Which options mean something for a format. */
export const exportOptionVisibility = (format: ExportFormat) => ({
  images:
    format === 'html' ||
    format === 'md' ||
    format === 'docx' ||
    format === 'review-html' ||
    format === 'ninjs',
  stylesheet: format === 'html',
  gutenberg: format === 'html-fragment' || format === 'wxr',
  ninjsVersion: format === 'ninjs',
});
