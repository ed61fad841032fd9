/** The library's asset URLs: `copydesk-asset:<sha256 hex>.<extension>`. */
export const assetSourcePattern = /^copydesk-asset:[0-9a-f]{64}\.(?:png|jpe?g|gif|webp)$/;

const dataImagePattern = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/]+={0,2}$/i;

/**
 * The image allowlist (docs/security.md rule 3): a library asset, or a raster data URI for
 * export and import paths. No normalisation: anything not matching exactly (remote, file:,
 * javascript:, SVG data URIs, stray whitespace) is refused.
 */
export const isAllowedImageSource = (source: string): boolean =>
  assetSourcePattern.test(source) || dataImagePattern.test(source);
