import type { ArticleDraft } from '../../../shared/ipc/contract';

/** What every importer produces: at least a headline (possibly empty) and a body. */
export type ImportedDraft = ArticleDraft & Required<Pick<ArticleDraft, 'headline' | 'body'>>;
