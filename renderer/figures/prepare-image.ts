import { scaledSize } from './scaled-size';
import { sniffImageType, type RasterType } from './sniff-image-type';

export const maximumOriginalBytes = 40 * 1024 * 1024;
export const maximumSide = 3000;
/** Small GIFs are kept as they are, so that animations survive. */
export const maximumKeptGifBytes = 5 * 1024 * 1024;
const jpegQuality = 0.88;

export type PreparedImage =
  { ok: true; blob: Blob } | { ok: false; reason: 'tooLarge' | 'notImage' };

const hasTransparency = (pixels: Uint8ClampedArray): boolean => {
  for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! < 255) return true;
  return false;
};

/** Redraws the picture (at most 3000 px on its long side): this drops EXIF, GPS and other metadata. */
const reencode = async (bitmap: ImageBitmap, type: RasterType): Promise<Blob> => {
  const { width, height } = scaledSize(bitmap, maximumSide);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('No 2D canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  const transparent =
    type !== 'jpeg' && hasTransparency(context.getImageData(0, 0, width, height).data);
  return canvas.convertToBlob(
    transparent ? { type: 'image/png' } : { type: 'image/jpeg', quality: jpegQuality },
  );
};

const keepsOriginal = (type: RasterType, file: Blob, bitmap: ImageBitmap): boolean =>
  type === 'gif' &&
  file.size <= maximumKeptGifBytes &&
  Math.max(bitmap.width, bitmap.height) <= maximumSide;

/** Checks, decodes and re-encodes an image file before it goes to the library. */
export async function prepareImage(file: Blob): Promise<PreparedImage> {
  if (file.size > maximumOriginalBytes) return { ok: false, reason: 'tooLarge' };
  const type = sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (type === null) return { ok: false, reason: 'notImage' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, reason: 'notImage' };
  }
  try {
    return {
      ok: true,
      blob: keepsOriginal(type, file, bitmap) ? file : await reencode(bitmap, type),
    };
  } catch {
    return { ok: false, reason: 'notImage' };
  } finally {
    bitmap.close();
  }
}
