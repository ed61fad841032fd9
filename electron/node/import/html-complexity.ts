import { assertHtmlStructure } from './html-structure';

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

/**
 * Drops oversized data: URIs, then refuses HTML that would build too deep, too large or too wide
 * a document (measured by parse5, as jsdom will build it).
 */
export const limitHtmlComplexity = (html: string): string => {
  const shortened = shortenDataUris(html);
  assertHtmlStructure(shortened);
  return shortened;
};
