import { z } from 'zod';
import { Byline } from './byline';
import { CommentThreads } from './comment';
import { Counts } from './counts';
import { ArticleConflict, Handoffs } from './handoff';
import { Status } from './status';
import { TiptapDocument } from './tiptap-document';

export const ArticleId = z.uuid();
export type ArticleId = z.infer<typeof ArticleId>;

export const IsoDateTime = z.iso.datetime({ offset: true });

export const Dateline = z.object({
  place: z.string().trim().max(120),
  date: z.union([z.iso.date(), z.literal('')]),
});
export type Dateline = z.infer<typeof Dateline>;

export const TargetLength = z.object({
  value: z.number().int().positive().max(1_000_000),
  unit: z.enum(['words', 'signes']),
});
export type TargetLength = z.infer<typeof TargetLength>;

export const LanguageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'BCP 47 language tag expected');

/** The fields a writer edits; every one may appear in a save. */
export const ArticleFields = z.object({
  headline: z.string().max(500),
  /** Headline variants: for search engines, for social networks, and the page's description. */
  seoTitle: z.string().max(500),
  socialTitle: z.string().max(500),
  metaDescription: z.string().max(2_000),
  standfirst: z.string().max(5_000),
  slug: z.string().max(200),
  section: z.string().trim().max(120),
  tags: z.array(z.string().trim().min(1).max(120)).max(100),
  bylines: z.array(Byline).max(50),
  dateline: Dateline,
  language: LanguageTag,
  deadline: IsoDateTime.nullable(),
  embargo: IsoDateTime.nullable(),
  targetLength: TargetLength.nullable(),
  editorialNote: z.string().max(20_000),
  /** French typography as you type (articles in French only); on by default. */
  typography: z.boolean(),
  body: TiptapDocument,
  /** Review threads anchored in the body by `comment` marks; never exported except in a review copy. */
  comments: CommentThreads,
});
export type ArticleFields = z.infer<typeof ArticleFields>;

export const Article = ArticleFields.extend({
  id: ArticleId,
  status: Status,
  counts: Counts,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.number().int().positive(),
  trashedAt: IsoDateTime.nullable(),
  handoffs: Handoffs,
  conflict: ArticleConflict.nullable(),
});
export type Article = z.infer<typeof Article>;

export const ArticleSummary = Article.pick({
  id: true,
  headline: true,
  standfirst: true,
  slug: true,
  status: true,
  bylines: true,
  section: true,
  tags: true,
  language: true,
  deadline: true,
  embargo: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
  trashedAt: true,
}).extend({
  words: z.number().int().nonnegative(),
  /** A received package changed it on both sides: both versions wait in its revisions. */
  inConflict: z.boolean(),
  /** Search hit context; matched terms wrapped in U+E000 … U+E001, never HTML. */
  snippet: z.string().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;
