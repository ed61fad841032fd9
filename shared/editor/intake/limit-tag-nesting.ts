export const maximumTagNesting = 256;

const tagPattern = /<(\/?)([a-z][a-z0-9:-]*)[^<>]*>/gi;

/** Void elements and elements whose end tag is optional do not deepen the estimate. */
const flatTags: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'colgroup',
  'dd',
  'dt',
  'embed',
  'hr',
  'img',
  'input',
  'li',
  'link',
  'meta',
  'optgroup',
  'option',
  'p',
  'param',
  'rb',
  'rp',
  'rt',
  'source',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'track',
  'wbr',
]);

/**
 * Drops the tags of markup nested deeper than `maximumDepth` (their text stays), before any
 * parser sees it: `<div>` × 100,000 overflows jsdom's parser and makes every DOM insertion walk
 * 100,000 ancestors. A linear estimate is enough: only absurd depths are touched, and whatever
 * comes out is still sanitised.
 */
export const limitTagNesting = (html: string, maximumDepth = maximumTagNesting): string => {
  let depth = 0;
  return html.replace(tagPattern, (tag, closing: string, name: string) => {
    if (flatTags.has(name.toLowerCase()) || tag.endsWith('/>')) return tag;
    if (closing === '/') {
      depth = Math.max(0, depth - 1);
      return depth >= maximumDepth ? '' : tag;
    }
    depth += 1;
    return depth > maximumDepth ? '' : tag;
  });
};
