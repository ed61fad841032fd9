import path from 'node:path';

/** Where a library keeps its files inside its folder. */
export interface LibraryFiles {
  folder: string;
  database: string;
  lock: string;
}

export const libraryFiles = (folder: string): LibraryFiles => {
  const resolved = path.resolve(folder);
  return {
    folder: resolved,
    database: path.join(resolved, 'library.sqlite'),
    lock: path.join(resolved, 'library.lock'),
  };
};
