/** Two blocks at least this similar (Dice coefficient over their word sets) are one edited block. */
const minimumSimilarity = 0.4;
/** Larger gaps are paired position by position instead of by the best order-keeping matching. */
const maxMatchingCells = 10_000;

const similarity = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
};

const pairByPosition = (
  removed: readonly ReadonlySet<string>[],
  added: readonly ReadonlySet<string>[],
): [number, number][] => {
  const pairs: [number, number][] = [];
  for (let index = 0; index < Math.min(removed.length, added.length); index += 1) {
    if (similarity(removed[index]!, added[index]!) >= minimumSimilarity) pairs.push([index, index]);
  }
  return pairs;
};

/**
 * Which removed block became which added block, in order: the order-keeping matching of
 * similar enough blocks with the greatest total similarity. Returns [removed, added] index pairs.
 */
export const pairSimilarBlocks = (
  removed: readonly ReadonlySet<string>[],
  added: readonly ReadonlySet<string>[],
): [number, number][] => {
  const rows = removed.length;
  const columns = added.length;
  if (rows === 0 || columns === 0) return [];
  if (rows * columns > maxMatchingCells) return pairByPosition(removed, added);
  const width = columns + 1;
  const best = new Float64Array((rows + 1) * width);
  for (let row = rows - 1; row >= 0; row -= 1) {
    for (let column = columns - 1; column >= 0; column -= 1) {
      const score = similarity(removed[row]!, added[column]!);
      const paired = score >= minimumSimilarity ? score + best[(row + 1) * width + column + 1]! : 0;
      best[row * width + column] = Math.max(
        paired,
        best[(row + 1) * width + column]!,
        best[row * width + column + 1]!,
      );
    }
  }
  const pairs: [number, number][] = [];
  let row = 0;
  let column = 0;
  while (row < rows && column < columns) {
    const here = best[row * width + column]!;
    if (here === best[(row + 1) * width + column]) row += 1;
    else if (here === best[row * width + column + 1]) column += 1;
    else {
      pairs.push([row, column]);
      row += 1;
      column += 1;
    }
  }
  return pairs;
};
