import { z } from 'zod';
import { Dateline, IsoDateTime, LanguageTag } from '../model/article';
import { Byline } from '../model/byline';
import { Status } from '../model/status';

const text = (max: number) => z.string().max(max);

/** Front matter as Copydesk writes it; each field is checked on its own and dropped if invalid. */
export const frontMatterFields = {
  title: text(500),
  standfirst: text(5_000),
  seo_title: text(500),
  social_title: text(500),
  description: text(2_000),
  slug: text(200),
  authors: z.array(Byline).max(50),
  date: IsoDateTime,
  updated: IsoDateTime,
  section: z.string().trim().max(120),
  tags: z.array(z.string().trim().min(1).max(120)).max(100),
  language: LanguageTag,
  status: Status,
  dateline: Dateline,
  embargo: IsoDateTime,
  source: z.object({
    agency: text(200),
    credit: text(200),
    item: text(500),
    version: z.number().int().nonnegative(),
  }),
} as const;

export interface ParsedFrontMatter {
  title?: string;
  standfirst?: string;
  seo_title?: string;
  social_title?: string;
  description?: string;
  slug?: string;
  authors?: z.infer<typeof frontMatterFields.authors>;
  date?: string;
  updated?: string;
  section?: string;
  tags?: string[];
  language?: string;
  status?: Status;
  dateline?: Dateline;
  embargo?: string;
  source?: z.infer<typeof frontMatterFields.source>;
}

/** Keeps the known fields that validate; ignores everything else (foreign keys, wrong types). */
export const validateFrontMatter = (data: unknown): ParsedFrontMatter => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const entries = Object.entries(frontMatterFields).flatMap(([name, schema]) => {
    if (!Object.hasOwn(record, name)) return [];
    const result = schema.safeParse(record[name]);
    return result.success ? [[name, result.data] as const] : [];
  });
  return Object.fromEntries(entries);
};
