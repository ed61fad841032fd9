import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Maps a URL path onto a file inside `root`, or null when it could leave it. Pure: it never
 * touches the disk, so the Electron `app://` handler and the browser-mode server share it.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || /[\\\0]/.test(decoded)) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const relativePath = decoded === '/' ? 'index.html' : decoded.slice(1);
  const base = resolve(root);
  const target = resolve(base, relativePath);
  const fromBase = relative(base, target);
  if (
    fromBase === '' ||
    fromBase.startsWith(`..${sep}`) ||
    fromBase === '..' ||
    isAbsolute(fromBase)
  ) {
    return null;
  }
  return target;
}
