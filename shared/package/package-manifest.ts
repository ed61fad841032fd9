import { z } from 'zod';
import { ArticleId, IsoDateTime } from '../model/article';
import { Role } from '../model/role';
import { packageFormat, packageFormatVersion } from './package-format';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const PackageEntry = z
  .object({
    name: z.string().min(1).max(200),
    size: z.number().int().nonnegative(),
    sha256: Sha256,
  })
  .strict();
export type PackageEntry = z.infer<typeof PackageEntry>;

/** `manifest.json`: who made the package, for which article, and a fingerprint of every other entry. */
export const PackageManifest = z
  .object({
    format: z.literal(packageFormat),
    formatVersion: z.number().int().min(1).max(packageFormatVersion),
    createdAt: IsoDateTime,
    createdBy: z.object({ name: z.string().max(200), role: Role.nullable() }).strict(),
    appVersion: z.string().max(50),
    articleId: ArticleId,
    entries: z.array(PackageEntry).max(1_000),
  })
  .strict();
export type PackageManifest = z.infer<typeof PackageManifest>;
