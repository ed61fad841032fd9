import { z } from 'zod';
import { ArticleSummary, IsoDateTime, LanguageTag } from './article';
import { Status } from './status';

export const SortField = z.enum(['relevance', 'updated', 'created', 'deadline', 'headline']);
export type SortField = z.infer<typeof SortField>;

export const ListQuery = z.object({
  /** Free text: words (prefix-matched), "quoted phrases". Empty means no search. */
  text: z.string().max(500).default(''),
  statuses: z.array(Status).max(6).default([]),
  section: z.string().max(120).optional(),
  byline: z.string().max(200).optional(),
  tag: z.string().max(120).optional(),
  language: LanguageTag.optional(),
  /** Inclusive range on updatedAt. */
  updatedFrom: IsoDateTime.optional(),
  updatedTo: IsoDateTime.optional(),
  sort: SortField.default('updated'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  trash: z.boolean().default(false),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListQuery = z.infer<typeof ListQuery>;
export type ListQueryInput = z.input<typeof ListQuery>;

export const ArticlePage = z.object({
  items: z.array(ArticleSummary),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
});
export type ArticlePage = z.infer<typeof ArticlePage>;

export const Facets = z.object({
  sections: z.array(z.string()),
  tags: z.array(z.string()),
  bylines: z.array(z.string()),
  languages: z.array(z.string()),
});
export type Facets = z.infer<typeof Facets>;
