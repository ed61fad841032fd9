import { z } from 'zod';
import { Status } from './status';

export const LibraryInfo = z.object({
  path: z.string(),
  readOnly: z.boolean(),
  /** Why the library is read-only (integrity failure, read-only folder …), for the banner. */
  readOnlyReason: z.string().nullable(),
  schemaVersion: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
});
export type LibraryInfo = z.infer<typeof LibraryInfo>;

export const LibraryStats = z.object({
  byStatus: z.record(Status, z.number().int().nonnegative()),
  totalWords: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  trashed: z.number().int().nonnegative(),
});
export type LibraryStats = z.infer<typeof LibraryStats>;

/** What "Compact library" did: the library's size on disk before and after, and the copy kept. */
export const LibraryCompaction = z.object({
  bytesBefore: z.number().int().nonnegative(),
  bytesAfter: z.number().int().nonnegative(),
  backup: z.string(),
});
export type LibraryCompaction = z.infer<typeof LibraryCompaction>;
