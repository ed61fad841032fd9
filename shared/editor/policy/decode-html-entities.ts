const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  apos: "'",
  colon: ':',
  comma: ',',
  equals: '=',
  gt: '>',
  lpar: '(',
  lt: '<',
  nbsp: '\u00a0',
  newline: '\n',
  num: '#',
  percnt: '%',
  period: '.',
  quest: '?',
  quot: '"',
  rpar: ')',
  semi: ';',
  sol: '/',
  bsol: '\\',
  tab: '\t',
};

const entityPattern = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi;
const maximumCodePoint = 0x10ffff;

const decodeCodePoint = (codePoint: number): string =>
  Number.isSafeInteger(codePoint) && codePoint > 0 && codePoint <= maximumCodePoint
    ? String.fromCodePoint(codePoint)
    : '\ufffd';

/**
 * Decodes numeric, hexadecimal and the URL-relevant named character references, with or without
 * the closing semicolon (browsers accept `&#106` too). Unknown names are left as they are.
 */
export const decodeHtmlEntities = (text: string): string =>
  text.replace(entityPattern, (match, decimal?: string, hexadecimal?: string, name?: string) => {
    if (decimal !== undefined) return decodeCodePoint(Number.parseInt(decimal, 10));
    if (hexadecimal !== undefined) return decodeCodePoint(Number.parseInt(hexadecimal, 16));
    return namedEntities[(name ?? '').toLowerCase()] ?? match;
  });
