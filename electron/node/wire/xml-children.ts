import type { XmlElement, XmlNode } from './xml-node';
const elementNode = 1;

/** The element children of `parent`, only those named `localName` (any namespace) when given. */
export const xmlChildren = (
  parent: XmlNode | null | undefined,
  localName?: string,
): XmlElement[] => {
  const found: XmlElement[] = [];
  for (let child = parent?.firstChild ?? null; child !== null; child = child.nextSibling) {
    if (child.nodeType !== elementNode) continue;
    const element = child as XmlElement;
    if (localName === undefined || element.localName === localName) found.push(element);
  }
  return found;
};
