import { missingCaseError } from '../../../shared/errors/missing-case';
import type { ImageFormat } from './image-format';
import { stripGifMetadata } from './strip-gif-metadata';
import { stripJpegMetadata } from './strip-jpeg-metadata';
import { stripPngMetadata } from './strip-png-metadata';
import { stripWebpMetadata } from './strip-webp-metadata';

/**
 * The image without what can reveal a source (where and when it was taken, with what camera, by
 * whom, an uncropped thumbnail …): lossless, the picture's own bytes are copied as they are.
 */
export const stripImageMetadata = (bytes: Uint8Array, format: ImageFormat): Uint8Array => {
  switch (format) {
    case 'jpeg':
      return stripJpegMetadata(bytes);
    case 'png':
      return stripPngMetadata(bytes);
    case 'gif':
      return stripGifMetadata(bytes);
    case 'webp':
      return stripWebpMetadata(bytes);
    default:
      throw missingCaseError(format);
  }
};
