import { z } from 'zod';
import { ArticleFields, ArticleId, IsoDateTime } from '../model/article';
import { Handoffs } from '../model/handoff';
import { Status } from '../model/status';

/** `article.json`: every field a writer edits plus identity, status, times and handoffs. */
export const PackageArticle = ArticleFields.extend({
  /** Absent from packages written before headline variants. */
  seoTitle: ArticleFields.shape.seoTitle.default(''),
  socialTitle: ArticleFields.shape.socialTitle.default(''),
  metaDescription: ArticleFields.shape.metaDescription.default(''),
  id: ArticleId,
  status: Status,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.number().int().positive(),
  handoffs: Handoffs,
}).strict();
export type PackageArticle = z.infer<typeof PackageArticle>;
