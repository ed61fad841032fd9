import { assetSourcePattern } from '../../../shared/editor/policy/image-source-policy';
import type { ImageResolver } from '../../../shared/export/image-resolver';

const mediaTypes: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** Embed mode: each library asset becomes a base64 data URI; unreadable assets are left out. */
export const createEmbeddedImageResolver =
  (readAsset: (source: string) => Uint8Array | null): ImageResolver =>
  (source) => {
    if (!assetSourcePattern.test(source)) return null;
    const mediaType = mediaTypes[source.slice(source.lastIndexOf('.') + 1)];
    const bytes = readAsset(source);
    if (mediaType === undefined || bytes === null) return null;
    return `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`;
  };
