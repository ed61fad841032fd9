interface FileSystem {
  readdirSync(path: string): string[];
  readFileSync(path: string, encoding: 'utf8'): string;
}

interface NodeProcess {
  cwd(): string;
  getBuiltinModule(name: 'node:fs'): FileSystem;
}

/**
 * Vite refuses to import files outside the repository and the renderer has no Node types, so
 * the tests read `../shared/corpus` (beside the repository, where vitest runs, in CI too)
 * through Node's own module loader.
 */
const nodeProcess = (): NodeProcess => (globalThis as unknown as { process: NodeProcess }).process;

const corpusPath = (folder: 'paste' | 'hostile', name = ''): string =>
  `${nodeProcess().cwd()}/../shared/corpus/${folder}/${name}`;

export const corpusFileNames = (folder: 'paste' | 'hostile'): string[] =>
  nodeProcess()
    .getBuiltinModule('node:fs')
    .readdirSync(corpusPath(folder))
    .filter((name) => name !== 'README.md')
    .sort();

export const readCorpusFile = (folder: 'paste' | 'hostile', name: string): string =>
  nodeProcess().getBuiltinModule('node:fs').readFileSync(corpusPath(folder, name), 'utf8');
