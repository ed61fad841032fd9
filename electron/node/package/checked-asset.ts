import { AppError } from '../../../shared/errors/error-code';
import { checkedImage } from '../assets/asset-store';
import { imageFormats } from '../assets/image-format';
import { sha256Hex } from '../files/sha256';

/**
 * An image entry `assets/<sha256>.<extension>` must be what its name says: bytes hashing to the
 * name, a real PNG, JPEG, GIF or WebP of that extension, within the library's image limits.
 * Returns the image without its metadata (like every image entering a library).
 */
export const checkAsset = (hash: string, extension: string, bytes: Uint8Array): Uint8Array => {
  const name = `${hash}.${extension}`;
  if (sha256Hex(bytes) !== hash) {
    throw new AppError(
      'invalid',
      `The image ${name} in the package does not match its fingerprint.`,
    );
  }
  let format;
  let cleaned;
  try {
    ({ format, bytes: cleaned } = checkedImage(bytes));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('invalid', `The image ${name} in the package is refused: ${detail}`);
  }
  const expected = imageFormats[format].extension;
  if (extension !== expected && !(expected === 'jpg' && extension === 'jpeg')) {
    throw new AppError('invalid', `The image ${name} in the package is not a .${extension} file.`);
  }
  return cleaned;
};
