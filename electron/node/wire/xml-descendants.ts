import type { XmlElement, XmlNode } from './xml-node';
import { xmlChildren } from './xml-children';

/** Every element under `root` named `localName` (any namespace), in document order. */
export const xmlDescendants = (
  root: XmlNode | null | undefined,
  localName: string,
): XmlElement[] => {
  const found: XmlElement[] = [];
  const stack = xmlChildren(root).reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.localName === localName) found.push(element);
    stack.push(...xmlChildren(element).reverse());
  }
  return found;
};
