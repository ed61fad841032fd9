/**
 * Parses clipboard HTML into an inert document: DOMParser documents run no scripts and load no
 * images, and parse `<noscript>` the same way DOMPurify and ProseMirror's clipboard parser do.
 */
export const parseHtmlDocument = (html: string): Document =>
  new DOMParser().parseFromString(html, 'text/html');
