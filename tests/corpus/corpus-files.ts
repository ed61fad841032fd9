/**
 * The one way tests reach the sample corpus in `tests/corpus/` (hostile inputs and real pastes,
 * each folder's README gives the provenance of every file). It compiles in every tsconfig, the
 * renderer's included, which has no Node types: Node's own loader gives the file system.
 */
interface FileSystem {
  readdirSync(path: string): string[];
  readFileSync(path: string, encoding: 'utf8'): string;
}

interface NodeProcess {
  cwd(): string;
  getBuiltinModule(name: 'node:fs'): FileSystem;
}

export type CorpusFolder = 'paste' | 'hostile';

const nodeProcess = (): NodeProcess =>
  (globalThis as unknown as { process: NodeProcess }).process;

const fileSystem = (): FileSystem => nodeProcess().getBuiltinModule('node:fs');

/**
 * The absolute path of a corpus file (or of the folder, without a name). Vitest and Playwright
 * run from the repository root (`npm test`); `import.meta.url` is no help under jsdom.
 */
export const corpusPath = (folder: CorpusFolder, name = ''): string =>
  `${nodeProcess().cwd()}/tests/corpus/${folder}/${name}`;

/** The sample files of a folder, sorted, without its README. */
export const corpusFileNames = (folder: CorpusFolder): string[] =>
  fileSystem()
    .readdirSync(corpusPath(folder))
    .filter((name) => name !== 'README.md')
    .sort();

export const readCorpusFile = (folder: CorpusFolder, name: string): string =>
  fileSystem().readFileSync(corpusPath(folder, name), 'utf8');
