import { createFolderImages } from '../../../shared/export/folder-images';
import type { FolderImageFile } from '../../../shared/export/folder-images';
import type { ImageResolver } from '../../../shared/export/image-resolver';
import type { ExportImages } from '../../../shared/model/export-job';
import { createEmbeddedImageResolver } from './embedded-images';

export interface ExportImageMode {
  resolveImage: ImageResolver;
  /** Folder mode: the `<name>_files` folder and the assets to copy into it once rendered. */
  folder?: () => { folderName: string; files: FolderImageFile[] };
}

/** `<stem>_files`, reduced to the characters an export image path may hold. */
export const imageFolderName = (stem: string): string =>
  `${stem.replace(/[^\p{L}\p{N}._-]/gu, '-').replace(/^\./, '_')}_files`;

/** How one exported file refers to its library images: a sibling folder, or data URIs. */
export const createExportImageMode = (
  mode: ExportImages,
  stem: string,
  readAsset: (source: string) => Uint8Array | null,
): ExportImageMode => {
  if (mode === 'embed') return { resolveImage: createEmbeddedImageResolver(readAsset) };
  const folderName = imageFolderName(stem);
  const images = createFolderImages(folderName);
  return {
    resolveImage: images.resolveImage,
    folder: () => ({ folderName, files: images.files() }),
  };
};
