import { z } from 'zod';
import { IsoDateTime } from './article';
import { TiptapDocument } from './tiptap-document';

export const WireFormat = z.enum(['newsml-1.2', 'newsml-g2', 'ninjs']);
export type WireFormat = z.infer<typeof WireFormat>;

/** What the agency said about an earlier version: withdraw it, or it was wrong. */
export const WireNotice = z.enum(['kill', 'correction']);
export type WireNotice = z.infer<typeof WireNotice>;

export const WirePicture = z.object({
  href: z.string().max(2_000),
  caption: z.string().max(5_000),
  credit: z.string().max(500),
});
export type WirePicture = z.infer<typeof WirePicture>;

/** One agency item as read from its feed: metadata plus a body already fitted to the editor's schema. */
export const WireItem = z.object({
  format: WireFormat,
  agency: z.string().max(200),
  /** How the agency signs its copy ("AFP"), for the credit of an article taken from it. */
  credit: z.string().max(200),
  itemId: z.string().min(1).max(500),
  version: z.number().int().nonnegative(),
  headline: z.string().max(2_000),
  slugline: z.string().max(500),
  bylines: z.array(z.string().max(500)).max(50),
  dateline: z.string().max(500),
  language: z.string().max(35),
  /** 1 (most urgent) to 9; null when the feed does not say. */
  urgency: z.number().int().min(0).max(9).nullable(),
  embargo: IsoDateTime.nullable(),
  versionCreated: IsoDateTime.nullable(),
  notice: WireNotice.nullable(),
  /** The version (or item) a correction or kill refers to, as the agency names it. */
  correctionOf: z.string().max(500).nullable(),
  subjects: z.array(z.string().max(500)).max(500),
  keywords: z.array(z.string().max(500)).max(500),
  pictures: z.array(WirePicture).max(200),
  body: TiptapDocument,
});
export type WireItem = z.infer<typeof WireItem>;
