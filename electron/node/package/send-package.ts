import type { ArticleId } from '../../../shared/model/article';
import { fileError } from '../assets/file-error';
import { writeFileDurably } from '../files/write-file-durably';
import type { Library } from '../library/library';
import type { BuildOptions, BuiltPackage } from './build-package';
import { buildPackage } from './build-package';

/**
 * Writes the article's package crash-safely (temp file, fsync, rename) to where `chooseTarget`
 * says, then records the `sent` handoff and keeps the version sent under `versionName` ("Sent to
 * Awa Diop"). Null when no target was chosen; nothing is recorded then.
 */
export const sendPackage = async (
  library: Library,
  id: ArticleId,
  options: BuildOptions & {
    chooseTarget: (built: BuiltPackage) => Promise<string | null> | string | null;
    versionName: string;
  },
): Promise<string | null> => {
  const built = buildPackage(library, id, options);
  const target = await options.chooseTarget(built);
  if (target === null) return null;
  try {
    writeFileDurably(target, built.bytes);
  } catch (error) {
    throw fileError(error, 'write the package');
  }
  library.recordHandoff(id, built.handoff);
  library.nameRevision(id, options.versionName, options.actor);
  return target;
};
