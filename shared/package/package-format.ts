/** The `format` every package manifest names, and the version this Copydesk writes and reads. */
export const packageFormat = 'copydesk-package';
/**
 * 2: the package also carries the article's Yjs state (`article.yjs`). 3: `article.json` has the
 * headline variants (older readers refuse unknown members). Versions 1 and 2 still read.
 */
export const packageFormatVersion = 3;
export const packageExtension = '.copydesk';

export const newerFormatMessage = (version: number): string =>
  `This package was made by a newer version of Copydesk (format ${version}); update Copydesk to open it.`;
