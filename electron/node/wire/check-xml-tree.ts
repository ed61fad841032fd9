import type { XmlElement, XmlNode } from './xml-node';
import { wireLimits } from './wire-limits';
import { WireRefusal } from './wire-refusal';

const textNode = 3;
const cdataNode = 4;

/** Refuses a tree nested deeper than the limit or holding a gigantic text node (no recursion). */
export const checkXmlTree = (root: XmlElement): void => {
  const stack: { node: XmlNode; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > wireLimits.elementDepth) {
      throw new WireRefusal(`it is nested more than ${wireLimits.elementDepth} elements deep.`);
    }
    if (node.nodeType === textNode || node.nodeType === cdataNode) {
      if ((node.nodeValue ?? '').length > wireLimits.textNodeCharacters) {
        throw new WireRefusal('it holds a text of more than a million characters.');
      }
    }
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      stack.push({ node: child, depth: depth + 1 });
    }
  }
};
