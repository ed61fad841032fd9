import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { libraryFiles } from '../../electron/node/library/storage/library-files';
import type { GeneratedLibrary } from './generate-library';
import { generateLibrary } from './generate-library';

const generationFile = (root: string): string => path.join(root, 'generation.json');

/** Generates the library and notes how long it took, so a later run on the kept folder can say. */
export const generate = (
  root: string,
  articles: number,
  seed: number,
  log: (line: string) => void,
): GeneratedLibrary => {
  log(`Generating ${articles} articles in ${root} …`);
  const generated = generateLibrary(root, articles, seed);
  fs.writeFileSync(
    generationFile(root),
    JSON.stringify({ articles, seed, generationMs: generated.generationMs }),
  );
  return generated;
};

/**
 * A library kept by an earlier run (`--keep`): its folder, its Markdown copies, and the
 * generation time noted then (null when that run did not note it). Refused when it holds fewer
 * articles than asked for.
 */
export const keptLibrary = (root: string, articles: number): GeneratedLibrary => {
  const folder = path.join(root, 'library');
  const db = new Database(libraryFiles(folder).database, { readonly: true, fileMustExist: true });
  let count: number;
  try {
    count = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    db.close();
  }
  if (count < articles)
    throw new Error(`${root} holds ${count} articles, fewer than the ${articles} asked for.`);
  const noted = fs.existsSync(generationFile(root))
    ? (JSON.parse(fs.readFileSync(generationFile(root), 'utf8')) as { generationMs: number })
    : null;
  return {
    folder,
    markdownFolder: path.join(root, 'markdown'),
    articles: count,
    generationMs: noted?.generationMs ?? Number.NaN,
    ids: [],
  };
};
