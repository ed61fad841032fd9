import fs from 'node:fs';
import path from 'node:path';
import { assetsFolder } from '../assets/asset-store';
import { fileError } from '../assets/file-error';
import { writeFileDurably } from '../files/write-file-durably';
import type { ReceivedPackage } from './received-package';

/**
 * The package's verified images into the library's assets folder, under their content names
 * (so an image already there is not written again). Done before the article refers to them.
 */
export const storePackageAssets = (
  libraryPath: string,
  assets: ReceivedPackage['assets'],
): void => {
  if (assets.length === 0) return;
  const folder = assetsFolder(libraryPath);
  try {
    fs.mkdirSync(folder, { recursive: true });
    for (const asset of assets) {
      const target = path.join(folder, asset.name);
      if (!fs.existsSync(target)) writeFileDurably(target, asset.bytes);
    }
  } catch (error) {
    throw fileError(error, 'store the package images in the library');
  }
};
