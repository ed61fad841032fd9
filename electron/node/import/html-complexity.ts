import { AppError } from '../../../shared/errors/error-code';

/** jsdom's parser slows quadratically with nesting depth; real documents stay far below this. */
export const htmlNestingLimit = 256;

const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>/g;
// Void elements never nest; these are closed implicitly so often that counting them would mislead.
const uncounted = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'option',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
]);
const largeDataUriLength = 4096;
const uriEnd = /["'\s>]/g;

// No image reaches the schema: a huge data: URI is only parsing cost (cutting it cannot add markup).
const shortenDataUris = (html: string): string => {
  const parts: string[] = [];
  let position = 0;
  for (
    let start = html.indexOf('data:', position);
    start >= 0;
    start = html.indexOf('data:', position)
  ) {
    uriEnd.lastIndex = start;
    const end = uriEnd.exec(html)?.index ?? html.length;
    parts.push(
      html.slice(position, start),
      end - start > largeDataUriLength ? 'data:,' : html.slice(start, end),
    );
    position = end;
  }
  parts.push(html.slice(position));
  return parts.join('');
};

/** Refuses absurdly nested HTML and drops oversized data: URIs, in one linear pass each. */
export const limitHtmlComplexity = (html: string): string => {
  let depth = 0;
  for (const [, closing, name, attributes] of html.matchAll(tagPattern)) {
    if (uncounted.has((name ?? '').toLowerCase()) || attributes?.endsWith('/')) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > htmlNestingLimit) {
      throw new AppError('invalid', 'The HTML is nested too deeply to be imported.');
    }
  }
  return shortenDataUris(html);
};
