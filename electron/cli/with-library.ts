import type { Library } from '../node/library/library';
import type { CommandContext } from './command';

/** Runs `work` on the open library and always closes it (releasing the lock). */
export const withLibrary = async <T>(
  context: CommandContext,
  options: { create: boolean },
  work: (library: Library) => T | Promise<T>,
): Promise<T> => {
  const library = context.openLibrary(options);
  try {
    return await work(library);
  } finally {
    library.close();
  }
};
