import type { DiffBlock } from '../../shared/diff/diff-block';

export type DiffRow =
  { kind: 'block'; position: number } | { kind: 'unchanged'; positions: number[] };

/** Runs of unchanged blocks longer than this are folded, keeping one block of context each side. */
const longestShownRun = 3;

/** The rows of a comparison: every changed block, with long unchanged runs folded into one row. */
export const collapseUnchanged = (blocks: readonly DiffBlock[]): DiffRow[] => {
  const rows: DiffRow[] = [];
  let run: number[] = [];
  const flush = (atStart: boolean, atEnd: boolean) => {
    if (run.length <= longestShownRun) {
      rows.push(...run.map((position) => ({ kind: 'block' as const, position })));
    } else {
      const head = atStart ? [] : run.slice(0, 1);
      const tail = atEnd ? [] : run.slice(-1);
      rows.push(...head.map((position) => ({ kind: 'block' as const, position })));
      rows.push({ kind: 'unchanged', positions: run.slice(head.length, run.length - tail.length) });
      rows.push(...tail.map((position) => ({ kind: 'block' as const, position })));
    }
    run = [];
  };
  blocks.forEach((block, position) => {
    if (block.kind === 'same') return void run.push(position);
    flush(rows.length === 0, false);
    rows.push({ kind: 'block', position });
  });
  flush(rows.length === 0, true);
  return rows;
};
