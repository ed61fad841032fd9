import { decodeHtmlEntities } from './decode-html-entities';

const allowedLinkProtocols: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f]/g;
const schemePrefix = /^[a-z][a-z0-9+.-]*:/i;
const maximumDecodingRounds = 4;

const decodeUntilStable = (text: string): string | null => {
  let current = text;
  for (let round = 0; round < maximumDecodingRounds; round += 1) {
    const decoded = decodeHtmlEntities(current);
    if (decoded === current) return current;
    current = decoded;
  }
  return null;
};

/**
 * The link allowlist (docs/security.md rule 3): decode entities (repeatedly, so `&amp;#106;`
 * cannot hide a `j`), strip ASCII control characters anywhere (`java\tscript:`), trim spaces,
 * lower-case the scheme, then parse with `new URL()`. Only absolute `http:`, `https:` and
 * `mailto:` URLs pass; relative, protocol-relative and UNC paths return null.
 */
export const normaliseLinkUrl = (raw: string): string | null => {
  const decoded = decodeUntilStable(raw);
  if (decoded === null) return null;
  const stripped = decoded.replace(controlCharacters, '').trim();
  const lowerCased = stripped.replace(schemePrefix, (scheme) => scheme.toLowerCase());
  if (!URL.canParse(lowerCased)) return null;
  const url = new URL(lowerCased);
  if (!allowedLinkProtocols.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
};
