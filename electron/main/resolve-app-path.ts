import { resolveStaticPath } from '../host/static/resolve-static-path';
import { isAppUrl } from './app-origin';

const appPathPattern = /^app:\/\/copydesk(?<path>\/[^?#]*)?/i;
/** Refused before decoding: dot segments, encoded dots and slashes, backslashes, encoded NUL. */
const rawForbidden = /\.\.|%2e|%2f|%5c|%00|\\/i;

/**
 * The file inside `root` that an `app://copydesk/…` URL names, or null (→ 404) for anything
 * that is not plainly a path inside the bundle. Symlinks are checked by the handler.
 */
export function resolveAppPath(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  const rawPath = appPathPattern.exec(url)?.groups?.path ?? '/';
  if (rawForbidden.test(rawPath)) return null;
  return resolveStaticPath(root, rawPath);
}
