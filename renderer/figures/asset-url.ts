import { isAllowedImageSource } from '../../shared/editor/policy/image-source-policy';
import { readSessionToken } from '../bridge/session-token';

const assetPrefix = 'copydesk-asset:';

/**
 * Where the page loads a figure's image: library assets through the host's same-origin route
 * (`app://copydesk/library-assets/…` in Electron, `/library-assets/…?token=T` in browser mode,
 * where an `<img>` cannot send the token header). Anything outside the allowlist shows nothing.
 */
export const assetDisplayUrl = (source: string, token: string | null): string => {
  if (!isAllowedImageSource(source)) return '';
  if (!source.startsWith(assetPrefix)) return source;
  const path = `/library-assets/${source.slice(assetPrefix.length)}`;
  return token === null ? path : `${path}?token=${encodeURIComponent(token)}`;
};

/** The token this page needs on asset URLs: none under Electron's preload, the session's otherwise. */
export const pageAssetToken = (): string | null =>
  window.copydesk ? null : readSessionToken(window.location, window.sessionStorage);
