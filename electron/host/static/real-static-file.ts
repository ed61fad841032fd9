import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

const isInside = (root: string, file: string): boolean => {
  const inside = relative(root, file);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
};

/**
 * The real file behind a path `resolveStaticPath` accepted, or null when it is missing, not a
 * file, or a symbolic link (of the file or of a folder on the way) leads out of the build folder.
 */
export function realStaticFile(root: string, file: string): string | null {
  try {
    const realFile = realpathSync(file);
    if (!isInside(realpathSync(root), realFile) || !statSync(realFile).isFile()) return null;
    return realFile;
  } catch {
    return null;
  }
}
