import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors/error-code';
import { assetNameOf, assetSourcePrefix, isAssetName } from './asset-name';
import { fileError } from './file-error';
import { imageDimensions } from './image-dimensions';
import { imageFormats, sniffImageFormat } from './image-format';
import { stripImageMetadata } from './strip-image-metadata';
import { writeFileDurably } from '../files/write-file-durably';

export const maximumAssetBytes = 40 * 1024 * 1024;
/** Beyond this a browser would need gigabytes to decode the picture (decompression bombs). */
export const maximumAssetPixels = 100_000_000;

export interface StoredAsset {
  /** `copydesk-asset:<sha256>.<extension>`, the figure's `src`. */
  src: string;
  width: number;
  height: number;
  bytes: number;
}

const megabytes = (bytes: number): string => `${Math.ceil(bytes / 1024 / 1024)} MB`;

export const assetsFolder = (libraryPath: string): string =>
  path.join(path.resolve(libraryPath), 'assets');

/**
 * The one gate every image of a library passes (insert, paste, drop, packages): a real PNG, JPEG,
 * GIF or WebP within the limits, returned without its metadata (`bytes`).
 */
export const checkedImage = (bytes: Uint8Array) => {
  if (bytes.length > maximumAssetBytes) {
    throw new AppError(
      'invalid',
      `The image is too large (${megabytes(bytes.length)}; the limit is ${megabytes(maximumAssetBytes)}).`,
    );
  }
  const format = sniffImageFormat(bytes);
  if (format === null)
    throw new AppError('invalid', 'This file is not a PNG, JPEG, GIF or WebP image.');
  const dimensions = imageDimensions(bytes, format);
  if (dimensions === null)
    throw new AppError('invalid', 'This image file is damaged or incomplete.');
  if (dimensions.width * dimensions.height > maximumAssetPixels) {
    throw new AppError(
      'invalid',
      `The image is too large (${dimensions.width} × ${dimensions.height} pixels).`,
    );
  }
  return { format, dimensions, bytes: stripImageMetadata(bytes, format) };
};

/**
 * Stores an image in `<library>/assets/<sha256>.<extension>`, named by its content so the same
 * picture is stored once. The declared MIME type is not trusted: the bytes decide.
 */
export const addAsset = (libraryPath: string, data: Uint8Array, _mimeType: string): StoredAsset => {
  const { format, dimensions, bytes } = checkedImage(data);
  const name = `${createHash('sha256').update(bytes).digest('hex')}.${imageFormats[format].extension}`;
  const folder = assetsFolder(libraryPath);
  const target = path.join(folder, name);
  try {
    fs.mkdirSync(folder, { recursive: true });
    if (!fs.existsSync(target)) writeFileDurably(target, bytes);
  } catch (error) {
    throw fileError(error, 'store the image in the library');
  }
  return { src: `${assetSourcePrefix}${name}`, ...dimensions, bytes: bytes.length };
};

/** The stored file for an asset name, or null when the name is not one or the file is absent. */
export const resolveAssetFile = (libraryPath: string, name: string): string | null => {
  if (!isAssetName(name)) return null;
  const folder = assetsFolder(libraryPath);
  try {
    const file = fs.realpathSync(path.join(folder, name));
    if (path.dirname(file) !== fs.realpathSync(folder) || !fs.statSync(file).isFile()) return null;
    return file;
  } catch {
    return null;
  }
};

export const readAsset = (
  libraryPath: string,
  source: string,
): { bytes: Buffer; mimeType: string } => {
  const name = assetNameOf(source);
  const file = name === null ? null : resolveAssetFile(libraryPath, name);
  if (file === null) throw new AppError('not_found', `The image ${source} is not in the library.`);
  const bytes = fs.readFileSync(file);
  const format = sniffImageFormat(bytes);
  if (format === null) throw new AppError('corrupt', `The stored image ${source} is damaged.`);
  return { bytes, mimeType: imageFormats[format].mimeType };
};
