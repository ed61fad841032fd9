import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository's own TypeScript files and the relative imports between them. */
export interface ImportGraph {
  /** Every source file, relative to the root, with forward slashes. */
  readonly files: readonly string[];
  /** For each file, the project files it imports. */
  readonly imports: ReadonlyMap<string, readonly string[]>;
}

const rooms = ['electron', 'renderer', 'shared', 'tests'];
const sourcePattern = /\.(ts|tsx)$/;
const specifierPattern =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

const listSources = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listSources(path);
    return sourcePattern.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

const resolveSpecifier = (from: string, specifier: string): string | undefined => {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
};

export const readImportGraph = (root: string): ImportGraph => {
  const absolute = rooms
    .map((room) => join(root, room))
    .filter((folder) => existsSync(folder))
    .flatMap(listSources);
  const toKey = (path: string): string => relative(root, path).split('\\').join('/');
  const imports = new Map<string, string[]>();
  for (const path of absolute) {
    const text = readFileSync(path, 'utf8');
    const targets = new Set<string>();
    for (const match of text.matchAll(specifierPattern)) {
      const target = resolveSpecifier(path, match[1] ?? '');
      if (target && sourcePattern.test(target)) targets.add(toKey(target));
    }
    imports.set(toKey(path), [...targets]);
  }
  return { files: absolute.map(toKey), imports };
};
