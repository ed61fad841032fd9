/** Replace `before.slice(start, end)` with `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

type Operation = 'keep' | 'delete' | 'insert';

/** Myers' shortest edit script, as one operation per code unit. */
const editScript = (before: string, after: string): Operation[] => {
  const size = before.length + after.length;
  const frontier = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  for (let depth = 0; depth <= size; depth += 1) {
    trace.push(new Map(frontier));
    for (let diagonal = -depth; diagonal <= depth; diagonal += 2) {
      const down =
        diagonal === -depth ||
        (diagonal !== depth &&
          (frontier.get(diagonal - 1) ?? -1) < (frontier.get(diagonal + 1) ?? -1));
      let x = down ? (frontier.get(diagonal + 1) ?? 0) : (frontier.get(diagonal - 1) ?? 0) + 1;
      let y = x - diagonal;
      while (x < before.length && y < after.length && before[x] === after[y]) {
        x += 1;
        y += 1;
      }
      frontier.set(diagonal, x);
      if (x >= before.length && y >= after.length)
        return backtrack(trace, before.length, after.length);
    }
  }
  return [];
};

const backtrack = (trace: Map<number, number>[], width: number, height: number): Operation[] => {
  const operations: Operation[] = [];
  let x = width;
  let y = height;
  for (let depth = trace.length - 1; depth >= 0; depth -= 1) {
    const frontier = trace[depth]!;
    const diagonal = x - y;
    const down =
      diagonal === -depth ||
      (diagonal !== depth &&
        (frontier.get(diagonal - 1) ?? -1) < (frontier.get(diagonal + 1) ?? -1));
    const previousDiagonal = down ? diagonal + 1 : diagonal - 1;
    const previousX = frontier.get(previousDiagonal) ?? 0;
    const previousY = previousX - previousDiagonal;
    while (x > previousX && y > previousY) {
      operations.push('keep');
      x -= 1;
      y -= 1;
    }
    if (depth > 0) operations.push(down ? 'insert' : 'delete');
    x = previousX;
    y = previousY;
  }
  return operations.reverse();
};

/**
 * The smallest character changes turning `before` into `after`, in order, adjacent edits merged:
 * applying them leaves every unchanged character (and so its marks) in place.
 */
export const textChanges = (before: string, after: string): TextChange[] => {
  if (before === after) return [];
  const changes: TextChange[] = [];
  let x = 0;
  let y = 0;
  let open: TextChange | null = null;
  for (const operation of editScript(before, after)) {
    if (operation === 'keep') {
      open = null;
      x += 1;
      y += 1;
      continue;
    }
    if (!open) {
      open = { start: x, end: x, text: '' };
      changes.push(open);
    }
    if (operation === 'delete') {
      x += 1;
      open.end = x;
    } else {
      open.text += after[y];
      y += 1;
    }
  }
  return changes;
};
