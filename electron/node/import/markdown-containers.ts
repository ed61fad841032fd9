export interface MarkdownContainers {
  /** The deepest nesting of list items and block quotes. */
  depth: number;
  /** At that depth, how many were list items (the rest were quotes). */
  lists: number;
  /** Paragraphs, list items and quotes begun (an upper bound). */
  blocks: number;
}

/** An open block quote, or a list item by the column its content starts at. */
type Container = 'quote' | number;

interface Cursor {
  index: number;
  column: number;
}

const listMarker = /(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/y;

/** Per marker (-, *, _), the last index of a line holding anything but it, a space or a tab. */
type LastForeign = Record<string, number>;

const lastForeign = (line: string): LastForeign => {
  const last: LastForeign = { '-': -1, '*': -1, _: -1 };
  for (const marker of ['-', '*', '_']) {
    for (let index = line.length - 1; index >= 0; index -= 1) {
      const character = line[index];
      if (character !== marker && character !== ' ' && character !== '\t') {
        last[marker] = index;
        break;
      }
    }
  }
  return last;
};

// A thematic break (`* * *`, `---`) is not a list item. Quick to rule out from `foreign`; when
// it is not ruled out, fewer than three markers remain or the line is a break: linear either way.
const isThematicBreak = (line: string, from: number, foreign: LastForeign): boolean => {
  const marker = line[from] ?? '';
  if ((foreign[marker] ?? Number.POSITIVE_INFINITY) >= from) return false;
  let markers = 0;
  for (let index = from; index < line.length && markers < 3; index += 1) {
    if (line[index] === marker) markers += 1;
  }
  return markers >= 3;
};

// Moves over spaces and tabs (tab stops of 4), no further than `limit` columns.
const skipWhitespace = (line: string, from: Cursor, limit = Number.POSITIVE_INFINITY): Cursor => {
  let { index, column } = from;
  while (index < line.length && column < limit) {
    const character = line[index];
    if (character === ' ') column += 1;
    else if (character === '\t') column += 4 - (column % 4);
    else break;
    index += 1;
  }
  return { index, column };
};

const continues = (line: string, cursor: Cursor, container: Container): Cursor | null => {
  if (container === 'quote') {
    const marker = skipWhitespace(line, cursor, cursor.column + 3);
    if (line[marker.index] !== '>') return null;
    return skipWhitespace(
      line,
      { index: marker.index + 1, column: marker.column + 1 },
      marker.column + 2,
    );
  }
  const content = skipWhitespace(line, cursor, container);
  return content.column >= container ? content : null;
};

const opens = (line: string, cursor: Cursor, foreign: LastForeign): [Container, Cursor] | null => {
  const start = skipWhitespace(line, cursor);
  if (start.column - cursor.column >= 4) return null;
  if (line[start.index] === '>') {
    const after = { index: start.index + 1, column: start.column + 1 };
    return ['quote', skipWhitespace(line, after, after.column + 1)];
  }
  listMarker.lastIndex = start.index;
  const marker = listMarker.exec(line)?.[0];
  if (marker === undefined || (marker.length === 1 && isThematicBreak(line, start.index, foreign)))
    return null;
  const after = { index: start.index + marker.length, column: start.column + marker.length };
  const content = skipWhitespace(line, after);
  const gap = content.column - after.column;
  if (content.index < line.length && gap >= 1 && gap <= 4) return [content.column, content];
  return [after.column + 1, skipWhitespace(line, after, after.column + 1)];
};

/**
 * Follows CommonMark's block phase line by line (the containers a line continues, then those it
 * opens) to measure nesting as marked will build it: nesting by indentation alone counts, which
 * a per-line pattern misses. Lazy continuation lines keep their containers open, so the count is
 * never below marked's. Linear: each container a line continues consumes at least one character.
 * Stops once more than `stopAfterBlocks` blocks are counted.
 */
export const measureMarkdownContainers = (
  markdown: string,
  stopAfterBlocks = Number.POSITIVE_INFINITY,
): MarkdownContainers => {
  const open: Container[] = [];
  const result: MarkdownContainers = { depth: 0, lists: 0, blocks: 0 };
  let inParagraph = false;
  for (let start = 0; start <= markdown.length && result.blocks <= stopAfterBlocks;) {
    const newline = markdown.indexOf('\n', start);
    const end = newline < 0 ? markdown.length : newline;
    const line = markdown.slice(start, end);
    start = end + 1;
    let cursor: Cursor = { index: 0, column: 0 };
    if (skipWhitespace(line, cursor).index === line.length) {
      inParagraph = false;
      continue;
    }
    let matched = 0;
    for (; matched < open.length; matched += 1) {
      const next = continues(line, cursor, open[matched]!);
      if (next === null) break;
      cursor = next;
    }
    let opened = 0;
    const foreign = lastForeign(line);
    for (
      let found = opens(line, cursor, foreign);
      found !== null;
      found = opens(line, cursor, foreign)
    ) {
      open.length = matched + opened;
      open.push(found[0]);
      cursor = found[1];
      opened += 1;
    }
    if (opened === 0 && !inParagraph) open.length = matched;
    result.blocks += opened + (inParagraph && opened === 0 ? 0 : 1);
    inParagraph = true;
    if (open.length > result.depth) {
      result.depth = open.length;
      result.lists = open.filter((container) => container !== 'quote').length;
    }
  }
  return result;
};
