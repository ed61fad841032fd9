const opensAfter = /[\s\u00A0\u202F([{«“—–/]/u;

/**
 * Turns straight double quotes into « » (or “ ” inside guillemets). A quote that looks like a
 * closing one with nothing open is left alone rather than guessed.
 */
export function pairStraightQuotes(text: string): string {
  if (!text.includes('"')) return text;
  const open: string[] = [];
  let guillemetsOpen = 0;
  const push = (mark: string) => {
    open.push(mark);
    if (mark === '«') guillemetsOpen += 1;
  };
  const pop = () => {
    const mark = open.pop();
    if (mark === '«') guillemetsOpen -= 1;
    return mark;
  };
  const out: string[] = [];
  for (const char of text) {
    if (char === '«' || char === '“') push(char);
    else if ((char === '»' && open.at(-1) === '«') || (char === '”' && open.at(-1) === '“')) pop();
    if (char !== '"') {
      out.push(char);
      continue;
    }
    const previous = out.at(-1);
    if (previous === undefined || opensAfter.test(previous)) {
      const mark = guillemetsOpen > 0 ? '“' : '«';
      push(mark);
      out.push(mark);
    } else if (open.length > 0) {
      out.push(pop() === '“' ? '”' : '»');
    } else {
      out.push(char);
    }
  }
  return out.join('');
}
