import type { PackageArticle } from '../../../shared/package/package-article';
import type { PackageHistory } from '../../../shared/package/package-history';
import type { PackageManifest } from '../../../shared/package/package-manifest';

/** A package that passed every check: bodies schema-checked and sanitised, images verified. */
export interface ReceivedPackage {
  manifest: PackageManifest;
  article: PackageArticle;
  history: PackageHistory;
  /** `<sha256>.<extension>` names and their verified bytes. */
  assets: { name: string; bytes: Uint8Array }[];
  /** The article's Yjs state (format 2), checked like the JSON; null in a format 1 package. */
  document: Uint8Array | null;
}
