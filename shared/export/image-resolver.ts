import { assetSourcePattern, isAllowedImageSource } from '../editor/policy/image-source-policy';

/** Maps a `copydesk-asset:` source to what the export file uses, or null to leave the image out. */
export type ImageResolver = (source: string) => string | null;

const exportFolderPath = /^[\p{L}\p{N}_-][\p{L}\p{N}._-]*_files\/[\p{L}\p{N}_-][\p{L}\p{N}._-]*$/u;

/** A relative path into the export's `<slug>_files/` folder: two plain segments, no `..`. */
export const isExportFolderPath = (source: string): boolean =>
  exportFolderPath.test(source) && !source.includes('..');

/**
 * The source an exported figure gets: library assets go through the resolver (none: kept as they
 * are), whose answer must be a raster data URI or a path into the export folder; anything else
 * leaves the image out ('').
 */
export const exportImageSource = (source: string, resolveImage?: ImageResolver): string => {
  if (!isAllowedImageSource(source)) return '';
  if (!assetSourcePattern.test(source) || resolveImage === undefined) return source;
  const resolved = resolveImage(source);
  if (resolved === null) return '';
  return isAllowedImageSource(resolved) || isExportFolderPath(resolved) ? resolved : '';
};
