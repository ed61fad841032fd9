import { z } from 'zod';
import { ArticleId } from './article';
import { PackageImport } from './package-outcome';

export const maximumImportFiles = 20;

/** 20 MB of file as base64 (4 characters per 3 bytes). */
export const maximumImportBase64Length = Math.ceil((20 * 1024 * 1024) / 3) * 4;

export const ImportFile = z
  .object({
    name: z.string().min(1).max(1_024),
    dataBase64: z.string().max(maximumImportBase64Length),
  })
  .strict();
export type ImportFile = z.infer<typeof ImportFile>;

export const ImportFilesRequest = z
  .object({ files: z.array(ImportFile).min(1).max(maximumImportFiles) })
  .strict();

/** Each file either became an article or was refused with a user-facing message. */
export const ImportOutcome = z.object({
  created: z.array(z.object({ id: ArticleId, headline: z.string() })),
  failed: z.array(z.object({ name: z.string(), message: z.string() })),
  /** `.copydesk` packages, each merged into the library (see PackageOutcome). */
  packages: z.array(PackageImport),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;
