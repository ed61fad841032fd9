import {
  acceptAllSuggestions,
  rejectAllSuggestions,
} from '../../../shared/editor/suggestions/document-suggestions';
import { missingCaseError } from '../../../shared/errors/missing-case';
import type { Article } from '../../../shared/model/article';
import type { ExportSuggestions } from '../../../shared/model/export-job';

/** The article as exported: pending suggestions all rejected (original) or all accepted (final). */
export const settleExportSuggestions = (article: Article, mode: ExportSuggestions): Article => {
  switch (mode) {
    case 'original':
      return { ...article, body: rejectAllSuggestions(article.body) };
    case 'final':
      return { ...article, body: acceptAllSuggestions(article.body) };
    default:
      throw missingCaseError(mode);
  }
};
