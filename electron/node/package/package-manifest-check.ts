import { AppError } from '../../../shared/errors/error-code';
import {
  newerFormatMessage,
  packageFormat,
  packageFormatVersion,
} from '../../../shared/package/package-format';
import { PackageManifest } from '../../../shared/package/package-manifest';
import { parseWithSchema } from './parse-package-json';

/**
 * The manifest, once it is known to be ours and of a version this Copydesk reads: a newer format
 * is refused by its version alone, before its (possibly different) fields are checked.
 */
export const checkManifest = (data: unknown): PackageManifest => {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (record.format !== packageFormat) {
    throw new AppError(
      'invalid',
      'This file is not a Copydesk package (its manifest does not say so).',
    );
  }
  const version = record.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > packageFormatVersion) {
    throw new AppError('future_version', newerFormatMessage(version));
  }
  return parseWithSchema('manifest.json', PackageManifest, data);
};
