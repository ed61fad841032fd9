import { ArticleId } from '../../shared/model/article';
import { AppError } from '../../shared/errors/error-code';

export const parseArticleId = (value: string): string => {
  if (!ArticleId.safeParse(value).success) {
    throw new AppError('invalid', `"${value}" is not an article id (see \`copydesk list\`).`);
  }
  return value;
};
