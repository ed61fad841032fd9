import type { ArticleSource } from '../model/article-source';

// A scheme, then only the characters RFC 3986 allows unescaped (and %-escapes).
const uriShaped = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/**
 * The wire item's identifier as a URI: agencies mostly send one already (`urn:newsml:…`,
 * `http://…`); a bare id becomes a URN naming the agency, so it stays unique across feeds.
 */
export const ninjsSourceUri = (source: Pick<ArticleSource, 'agency' | 'itemId'>): string =>
  uriShaped.test(source.itemId)
    ? source.itemId
    : `urn:copydesk:wire:${encodeURIComponent(source.agency)}:${encodeURIComponent(source.itemId)}`;
