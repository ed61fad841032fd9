import { AppError } from '../../../shared/errors/error-code';
import type { PackageImportResult } from '../library/handoff/incoming-package';
import type { UiLanguage } from '../../../shared/model/settings';
import type { Library } from '../library/library';
import type { Actor } from '../../../shared/model/actor';
import { conflictVersionNames } from './conflict-version-names';
import { readPackage } from './read-package';
import type { ReceivedPackage } from './received-package';
import { storePackageAssets } from './store-package-assets';

/**
 * Reads and checks the whole package first (a refused one writes nothing), then stores its
 * images and merges the article in one library transaction.
 */
export const importPackage = (
  library: Library,
  bytes: Uint8Array,
  actor: Actor,
  language: UiLanguage = 'en',
): PackageImportResult => mergeReceivedPackage(library, readPackage(bytes), actor, language);

/** A package already read and checked (readPackage): its images, then the article. */
export const mergeReceivedPackage = (
  library: Library,
  received: ReceivedPackage,
  actor: Actor,
  language: UiLanguage = 'en',
): PackageImportResult => {
  const from = { name: received.manifest.createdBy.name, createdAt: received.manifest.createdAt };
  const { readOnly, readOnlyReason } = library.info();
  if (readOnly)
    throw new AppError(
      'read_only',
      `Nothing was imported: ${readOnlyReason ?? 'the library cannot be written to.'}`,
    );
  storePackageAssets(library.path, received.assets);
  return library.importPackage(
    {
      article: received.article,
      history: received.history,
      document: received.document,
      from,
      versionNames: conflictVersionNames(language, from),
    },
    actor,
  );
};
