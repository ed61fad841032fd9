import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { AppError } from '../../../shared/errors/error-code';
import type { ArticleId } from '../../../shared/model/article';
import type { Handoff } from '../../../shared/model/handoff';
import { maximumHandoffs } from '../../../shared/model/handoff';
import type { PackageArticle } from '../../../shared/package/package-article';
import { decodeUpdate } from '../../../shared/collab/update-encoding';
import { assetEntryName, documentEntryName } from '../../../shared/package/package-entry-name';
import { packageFormat, packageFormatVersion } from '../../../shared/package/package-format';
import { packageLimits } from '../../../shared/package/package-limits';
import type { PackageEntry, PackageManifest } from '../../../shared/package/package-manifest';
import { Role } from '../../../shared/model/role';
import { resolveAssetFile } from '../assets/asset-store';
import { pickArticleFields } from '../../../shared/model/article-fields';
import type { Library } from '../library/library';
import type { Actor } from '../../../shared/model/actor';
import { contentHash } from '../library/handoff/content-hash';
import { packageHistoryOf } from './package-history-of';
import { referencedAssets } from './referenced-assets';
import { sha256Hex } from '../files/sha256';

export interface BuiltPackage {
  bytes: Uint8Array;
  /** The `sent` handoff the package carries; the library records it once the file is written. */
  handoff: Handoff;
  slug: string;
}

export interface BuildOptions {
  actor: Actor;
  appVersion: string;
  now: Date;
}

const encoder = new TextEncoder();
const json = (value: unknown): Uint8Array => encoder.encode(`${JSON.stringify(value, null, 1)}\n`);

/** The article as a `.copydesk` package (PACKAGE_FORMAT.md), ending with a new `sent` handoff. */
export const buildPackage = (
  library: Library,
  id: ArticleId,
  options: BuildOptions,
): BuiltPackage => {
  const article = library.get(id);
  const handoff: Handoff = {
    id: randomUUID(),
    contentHash: contentHash(article),
    at: options.now.toISOString(),
    by: options.actor.name,
    direction: 'sent',
  };
  const packaged: PackageArticle = {
    ...pickArticleFields(article),
    id: article.id,
    status: article.status,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    revision: article.revision,
    handoffs: [...article.handoffs, handoff].slice(-maximumHandoffs),
  };
  const history = packageHistoryOf(library, id);
  const files: Record<string, { data: Uint8Array; stored: boolean }> = {
    'article.json': { data: json(packaged), stored: false },
    'history.json': { data: json(history), stored: false },
    [documentEntryName]: { data: decodeUpdate(library.document(id).state), stored: false },
  };
  const bodies = [article.body, ...history.revisions.map((revision) => revision.fields.body)];
  for (const name of referencedAssets(bodies)) {
    const file = resolveAssetFile(library.path, name);
    // An image missing here is missing for the sender too: the figure travels without it.
    if (file !== null) files[assetEntryName(name)] = { data: fs.readFileSync(file), stored: true };
  }
  const entries: PackageEntry[] = Object.entries(files).map(([name, { data }]) => ({
    name,
    size: data.length,
    sha256: sha256Hex(data),
  }));
  const role = Role.safeParse(options.actor.role);
  const manifest: PackageManifest = {
    format: packageFormat,
    formatVersion: packageFormatVersion,
    createdAt: options.now.toISOString(),
    createdBy: { name: options.actor.name, role: role.success ? role.data : null },
    appVersion: options.appVersion,
    articleId: article.id,
    entries,
  };
  const zippable: Zippable = { 'manifest.json': [json(manifest), { level: 6 }] };
  for (const [name, { data, stored }] of Object.entries(files)) {
    zippable[name] = [data, { level: stored ? 0 : 6 }];
  }
  const bytes = zipSync(zippable, { mtime: options.now });
  if (bytes.length > packageLimits.maximumPackageBytes) {
    throw new AppError(
      'invalid',
      'This article is too large to send as a package (its images exceed 100 MB).',
    );
  }
  return { bytes, handoff, slug: article.slug };
};
