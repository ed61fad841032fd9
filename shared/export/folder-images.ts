import { assetSourcePattern } from '../editor/policy/image-source-policy';
import type { ImageResolver } from './image-resolver';

export interface FolderImageFile {
  /** The `copydesk-asset:` source. */
  source: string;
  /** The file name inside the images folder. */
  name: string;
}

export interface FolderImages {
  resolveImage: ImageResolver;
  /** Every asset the rendered export refers to, once each. */
  files: () => FolderImageFile[];
}

/** Folder mode: each library asset becomes `<folderName>/<hash>.<extension>`, remembered for copying. */
export const createFolderImages = (folderName: string): FolderImages => {
  const files = new Map<string, FolderImageFile>();
  return {
    resolveImage: (source) => {
      if (!assetSourcePattern.test(source)) return null;
      const name = source.slice('copydesk-asset:'.length);
      files.set(source, { source, name });
      return `${folderName}/${name}`;
    },
    files: () => [...files.values()],
  };
};
