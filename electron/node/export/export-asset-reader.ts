import { AppError } from '../../../shared/errors/error-code';
import { readAsset } from '../assets/asset-store';

/** Reads a library image for an export; a missing or damaged asset leaves the image out (null). */
export const createExportAssetReader =
  (libraryPath: string) =>
  (source: string): Uint8Array | null => {
    try {
      return readAsset(libraryPath, source).bytes;
    } catch (error) {
      if (error instanceof AppError) return null;
      throw error;
    }
  };
