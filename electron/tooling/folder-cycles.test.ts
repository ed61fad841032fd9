import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileEdges, findCycles, folderEdges } from './folder-cycles';
import { readImportGraph } from './import-graph';

const root = fileURLToPath(new URL('../../', import.meta.url));
const graph = readImportGraph(root);
const inRooms = (rooms: readonly string[]) => (cycle: readonly string[]) =>
  cycle.some((node) => rooms.some((room) => node === room || node.startsWith(`${room}/`)));

/** Rooms whose import graph is held free of loops. */
const checkedRooms = ['electron', 'renderer', 'shared'];

describe('the import graph', () => {
  it('reads the repository', () => {
    expect(graph.files.length).toBeGreaterThan(500);
    expect(graph.imports.get('electron/node/library/open-library.ts')).toContain(
      'electron/node/library/library-methods.ts',
    );
  });

  it('has no loop between folders', () => {
    expect(findCycles(folderEdges(graph)).filter(inRooms(checkedRooms))).toEqual([]);
  });

  it('has no loop between files', () => {
    expect(findCycles(fileEdges(graph)).filter(inRooms(checkedRooms))).toEqual([]);
  });

  it('finds a loop when there is one', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(findCycles(edges)).toEqual([['a', 'b', 'c']]);
  });
});
