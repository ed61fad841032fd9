import { AppError } from '../../../shared/errors/error-code';
import { missingCaseError } from '../../../shared/errors/missing-case';
import type { PackageEntryKind } from '../../../shared/package/package-entry-name';
import { classifyEntryName } from '../../../shared/package/package-entry-name';
import { packageLimits } from '../../../shared/package/package-limits';
import type { ZipEntry } from './zip-directory';
import { readZipDirectory } from './zip-directory';

export interface PackageZipEntry {
  entry: ZipEntry;
  kind: PackageEntryKind;
}

const megabytes = (bytes: number): string => `${Math.ceil(bytes / 1024 / 1024)} MB`;

const sizeLimit = (kind: PackageEntryKind): number => {
  switch (kind.kind) {
    case 'manifest':
      return packageLimits.maximumManifestBytes;
    case 'article':
    case 'history':
      return packageLimits.maximumJsonBytes;
    case 'document':
      return packageLimits.maximumDocumentBytes;
    case 'asset':
      return packageLimits.maximumAssetBytes;
    default:
      throw missingCaseError(kind);
  }
};

/**
 * Every entry of the package, named and sized as its directory declares, refused before
 * anything is inflated: too many, unknown or escaping names, duplicates, sizes over the limits.
 */
export const readPackageDirectory = (bytes: Uint8Array): Map<string, PackageZipEntry> => {
  if (bytes.byteLength > packageLimits.maximumPackageBytes) {
    throw new AppError(
      'invalid',
      `This package is too large (${megabytes(bytes.byteLength)}; the limit is ${megabytes(packageLimits.maximumPackageBytes)}).`,
    );
  }
  const entries = new Map<string, PackageZipEntry>();
  let expanded = 0;
  for (const entry of readZipDirectory(bytes, packageLimits.maximumEntries)) {
    const kind = classifyEntryName(entry.name);
    if ('refused' in kind) throw new AppError('invalid', kind.refused);
    if (entries.has(entry.name)) {
      throw new AppError(
        'invalid',
        `The package holds the entry ${JSON.stringify(entry.name)} twice.`,
      );
    }
    const limit = sizeLimit(kind);
    if (entry.size > limit) {
      throw new AppError(
        'invalid',
        `The package entry ${JSON.stringify(entry.name)} is too large (${megabytes(entry.size)}; the limit is ${megabytes(limit)}).`,
      );
    }
    expanded += entry.size;
    if (expanded > packageLimits.maximumExpandedBytes) {
      throw new AppError(
        'invalid',
        `This package would expand to more than ${megabytes(packageLimits.maximumExpandedBytes)}.`,
      );
    }
    entries.set(entry.name, { entry, kind });
  }
  return entries;
};
