import { AppError } from '../../../../shared/errors/error-code';
import type { Article } from '../../../../shared/model/article';

/** A change must be based on the current revision of an article that is not in the trash. */
export const assertEditable = (
  article: Pick<Article, 'trashedAt' | 'revision'>,
  baseRevision: number,
): void => {
  if (article.trashedAt !== null) {
    throw new AppError(
      'conflict',
      'This article is in the trash, so the change was not saved. Restore it first.',
    );
  }
  if (article.revision !== baseRevision) {
    throw new AppError(
      'conflict',
      `This article was changed elsewhere (it is now at revision ${article.revision}; your copy is based on revision ${baseRevision}). Nothing was saved: keep yours as a copy or reload theirs.`,
    );
  }
};
