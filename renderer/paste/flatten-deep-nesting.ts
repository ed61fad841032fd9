import { unwrapElement } from './move-children';

export const maximumNestingDepth = 64;

/**
 * Unwraps elements nested deeper than `maximumNestingDepth`, keeping their text. Pasted pages
 * can nest 100,000 `<div>`s; recursive walkers (serialisers, ProseMirror's DOM parser) would
 * overflow the stack. Iterative and linear in the number of elements.
 */
export const flattenDeepNesting = (root: Node, maximumDepth = maximumNestingDepth): void => {
  const depths = new Map<Node, number>([[root, 0]]);
  const tooDeep: Element[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT,
  );
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parentDepth = node.parentNode === null ? 0 : (depths.get(node.parentNode) ?? 0);
    const depth = parentDepth + 1;
    depths.set(node, depth);
    if (depth > maximumDepth) tooDeep.push(node as Element);
  }
  tooDeep.forEach(unwrapElement);
};
