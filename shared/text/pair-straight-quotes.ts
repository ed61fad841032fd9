const opensAfter = /[\s\u00A0\u202F([{«“—–/]/u;

/**
 * Turns straight double quotes into « » (or “ ” inside guillemets). A quote that looks like a
 * closing one with nothing open is left alone rather than guessed.
 */
export function pairStraightQuotes(text: string): string {
  if (!text.includes('"')) return text;
  const open: string[] = [];
  let out = '';
  for (const char of text) {
    if (char === '«' || char === '“') open.push(char);
    else if ((char === '»' && open.at(-1) === '«') || (char === '”' && open.at(-1) === '“')) open.pop();
    if (char !== '"') {
      out += char;
      continue;
    }
    const previous = out.at(-1);
    const opening = previous === undefined || opensAfter.test(previous);
    if (opening) {
      const nested = open.includes('«');
      const mark = nested ? '“' : '«';
      open.push(mark);
      out += mark;
    } else if (open.length > 0) {
      out += open.pop() === '“' ? '”' : '»';
    } else {
      out += char;
    }
  }
  return out;
}
