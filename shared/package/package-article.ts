import { z } from 'zod';
import { ArticleFields, ArticleId, IsoDateTime } from '../model/article';
import { Handoffs } from '../model/handoff';
import { Status } from '../model/status';

/** `article.json`: every field a writer edits plus identity, status, times and handoffs. */
export const PackageArticle = ArticleFields.extend({
  id: ArticleId,
  status: Status,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.number().int().positive(),
  handoffs: Handoffs,
}).strict();
export type PackageArticle = z.infer<typeof PackageArticle>;
