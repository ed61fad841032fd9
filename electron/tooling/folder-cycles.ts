import type { ImportGraph } from './import-graph';

/** A `testing/` folder belongs to the room it helps test. */
const folderOf = (file: string): string =>
  file.slice(0, file.lastIndexOf('/')).replace(/\/testing$/, '');

/** Tests may reach across rooms; loops are about the code the product runs. */
const isTest = (file: string): boolean => /\.(test|spec)\.tsx?$/.test(file);

/** Folder-level edges: folder A imports something in folder B (A ≠ B). */
export const folderEdges = (graph: ImportGraph): Map<string, Set<string>> => {
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of graph.imports) {
    if (isTest(file)) continue;
    const from = folderOf(file);
    const set = edges.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) set.add(folderOf(target));
    edges.set(from, set);
  }
  return edges;
};

/** Strongly connected groups of more than one node (Tarjan), each sorted, as loops. */
export const findCycles = (edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] => {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles;
};

/** File-level edges restricted to one folder, to find loops between files. */
export const fileEdges = (graph: ImportGraph): Map<string, Set<string>> =>
  new Map([...graph.imports].map(([file, targets]) => [file, new Set(targets)]));
