import { z } from 'zod';
import { ArticleId } from './article';
import { AppErrorShape } from '../errors/error-code';

export const exportFormats = [
  'html',
  'html-fragment',
  'md',
  'docx',
  'wxr',
  'review-html',
  'ninjs',
] as const;
export const ExportFormat = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportImages = z.enum(['folder', 'embed']);
export type ExportImages = z.infer<typeof ExportImages>;

/** With pending suggestions: export the original text (all rejected) or the final one (all accepted). */
export const ExportSuggestions = z.enum(['original', 'final']);
export type ExportSuggestions = z.infer<typeof ExportSuggestions>;

/** A file of the batch already in the folder: stop before writing, replace it, or keep both. */
export const ExistingFiles = z.enum(['refuse', 'replace', 'keep-both']);
export type ExistingFiles = z.infer<typeof ExistingFiles>;

export const ExportStartRequest = z
  .object({
    ids: z.array(ArticleId).min(1).max(20_000),
    format: ExportFormat,
    images: ExportImages.default('folder'),
    /** Standalone HTML: embed the print-friendly stylesheet. */
    stylesheet: z.boolean().default(true),
    /** HTML fragment and WXR content: WordPress block-editor comments. */
    gutenberg: z.boolean().default(false),
    /** HTML, fragment and WXR content: links get `rel="nofollow"` (the user's setting). */
    nofollow: z.boolean().default(false),
    /** ninjs: IPTC's 2.x (the default) or 3.x. */
    ninjsVersion: z.union([z.literal(2), z.literal(3)]).default(2),
    /** The user confirmed exporting articles still under embargo. */
    ignoreEmbargo: z.boolean().default(false),
    /** Pending suggestions are left out unless the user asked for the final text. */
    suggestions: ExportSuggestions.default('original'),
    /**
     * `ask` (the default): when files of the batch are already in the folder, nothing is written
     * and the host answers with their names, so the user can choose; the request then comes back
     * with `replace` or `keep-both` (new files get `name (2).ext`) and the `folder` handle.
     */
    existing: z.enum(['ask', 'replace', 'keep-both']).default('ask'),
    /** The folder the host chose for the attempt that found files already there (its handle). */
    folder: z.string().min(1).max(100).optional(),
  })
  .strict();
export type ExportStartRequest = z.infer<typeof ExportStartRequest>;

/**
 * `export:start`'s answer: the job and the folder it writes into, or, with nothing written, the
 * files already in the chosen folder (the folder's handle comes back with the user's choice).
 */
export const ExportStartResult = z.union([
  z.object({ jobId: z.string(), folderPath: z.string() }).strict(),
  z
    .object({
      folder: z.string(),
      folderPath: z.string(),
      existingFiles: z.array(z.string()).min(1),
    })
    .strict(),
]);
export type ExportStartResult = z.infer<typeof ExportStartResult>;

export const ExportJobRequest = z.object({ jobId: z.string().min(1).max(100) }).strict();

/** An article a batch could not export (the others were written): its headline and why. */
export const ExportFailure = z.object({ headline: z.string(), message: z.string() });
export type ExportFailure = z.infer<typeof ExportFailure>;

export const ExportProgress = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** The exported files written so far (images in `<slug>_files/` are not listed). */
  paths: z.array(z.string()),
  error: AppErrorShape.optional(),
  /** Articles that could not be exported so far, when there are any. */
  failures: z.array(ExportFailure).optional(),
});
export type ExportProgress = z.infer<typeof ExportProgress>;
