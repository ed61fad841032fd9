import type { XmlElement } from './xml-node';
/** An element's text with its white space collapsed; '' for a missing element. */
export const xmlText = (element: XmlElement | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
