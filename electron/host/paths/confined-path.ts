import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { AppError } from '../../../shared/errors/error-code';

const refuse = (path: string): never => {
  throw new AppError(
    'forbidden',
    `Browser mode reaches only its library, its export folder and the recent libraries: ${path} is outside them.`,
  );
};

/** The real path of `path`, or, when it does not exist yet, of its nearest existing folder. */
const realPathOf = (path: string): string => {
  try {
    return realpathSync(path);
  } catch (error) {
    const parent = dirname(path);
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === path) throw error;
    return resolve(realPathOf(parent), basename(path));
  }
};

const isWithin = (root: string, path: string): boolean => {
  const inside = relative(root, path);
  return (
    inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside))
  );
};

/**
 * `path` as its real path when it lies in one of `roots` (compared by real path too, so a symbolic
 * link cannot lead out); a `..` segment, a relative path or anything outside is `forbidden`.
 */
export const confinedPath = (path: string, roots: readonly string[]): string => {
  if (!isAbsolute(path) || path.split(/[\\/]/).includes('..')) refuse(path);
  let real = '';
  try {
    real = realPathOf(path);
  } catch {
    refuse(path);
  }
  const inside = roots.some((root) => {
    try {
      return isWithin(realPathOf(root), real);
    } catch {
      return false;
    }
  });
  return inside ? real : refuse(path);
};
