import { assetSourcePattern } from '../../../shared/editor/policy/image-source-policy';

/** `<sha256 hex>.<extension>`: the only file names the assets folder serves. */
export const assetNamePattern = /^[0-9a-f]{64}\.(?:png|jpg|jpeg|gif|webp)$/;

export const assetSourcePrefix = 'copydesk-asset:';

export const isAssetName = (name: string): boolean => assetNamePattern.test(name);

/** The file name a `copydesk-asset:` source names, or null for anything else. */
export const assetNameOf = (source: string): string | null =>
  assetSourcePattern.test(source) ? source.slice(assetSourcePrefix.length) : null;
