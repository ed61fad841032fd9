import type Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import type { Library } from '../library';
import type { OpenLibraryOptions } from '../open-library';
import { openLibrary } from '../open-library';
import { temporaryFolder } from './temporary-folder';

/** A new library in a temp folder, closed (and removed) when the current test ends. */
export const openTestLibrary = (
  options: Partial<OpenLibraryOptions> = {},
  folder = temporaryFolder(),
): Library => {
  const library = openLibrary(folder, { create: true, ...options });
  onTestFinished(() => library.close());
  return library;
};

/** A test library and its SQLite connection, for tests that read the tables or their plans. */
export const openTestLibraryWithConnection = (): { library: Library; db: Database.Database } => {
  let db: Database.Database | undefined;
  const library = openTestLibrary({
    configureDatabase: (connection) => {
      db = connection;
    },
  });
  if (db === undefined) throw new Error('The library gave no connection.');
  return { library, db };
};

export const reporter = { name: 'Awa Diop', role: 'reporter' };

/** A Tiptap document of paragraphs. */
export const paragraphs = (...texts: string[]) => ({
  type: 'doc' as const,
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
