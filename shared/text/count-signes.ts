const graphemeSegmenter = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/*
 * A "joining" code unit may share a grapheme cluster with a neighbour: marks and other extenders,
 * ZWJ, CR (CR LF), astral code points (emoji sequences, flags), Hangul jamo and syllables, prepended
 * concatenation marks, Thai/Lao SARA AM. Between two other code units there is always a cluster
 * boundary, so only islands around joining units need Intl.Segmenter, which is slow.
 */
const joining =
  '\\p{M}\\p{Grapheme_Extend}\\u200D\\r\\uD800-\\uDFFF\\u1100-\\u11FF\\uA960-\\uA97F\\uAC00-\\uD7FF' +
  '\\u0600-\\u0605\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u0D4E\\u0E33\\u0EB3\\u{10000}-\\u{10FFFF}';
const simple = `[^${joining}]`;
const islands = new RegExp(`${simple}?[${joining}]+(?:${simple}[${joining}]+)*${simple}?`, 'gu');
const maxSliceLength = 1024;

const slicesOf = function* (island: string): Generator<string> {
  let start = 0;
  while (island.length - start > maxSliceLength) {
    let cut = start + maxSliceLength;
    while (
      cut < island.length &&
      !/\s/.test(island.charAt(cut)) &&
      cut - start < 4 * maxSliceLength
    ) {
      cut += 1;
    }
    if (island.charAt(cut) === '\n' && island.charAt(cut - 1) === '\r') cut += 1;
    yield island.slice(start, cut);
    start = cut;
  }
  yield island.slice(start);
};

const segmentedGraphemes = (island: string): number => {
  let graphemes = 0;
  for (const slice of slicesOf(island)) {
    const segments = graphemeSegmenter.segment(slice)[Symbol.iterator]();
    while (!segments.next().done) graphemes += 1;
  }
  return graphemes;
};

/** User-perceived characters (grapheme clusters): « é » typed as e + U+0301 is one signe. */
export const countGraphemes = (text: string): number => {
  let graphemes = text.length;
  for (const match of text.matchAll(islands)) {
    graphemes += segmentedGraphemes(match[0]) - match[0].length;
  }
  return graphemes;
};

/** Whitespace clusters, U+00A0 and U+202F included; CR LF is one. */
export const countSpaces = (text: string): number => text.match(/\r\n|\s/g)?.length ?? 0;
