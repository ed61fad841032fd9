import { elementNodeType, type IntakeElement, type IntakeNode } from './intake-dom';
import { unwrapElement } from './move-children';
import { descendantNodes } from './walk-nodes';

export const maximumNestingDepth = 64;

/**
 * Unwraps elements nested deeper than `maximumNestingDepth`, keeping their text. Pasted pages
 * can nest 100,000 `<div>`s; recursive walkers (ProseMirror's DOM parser among them) would
 * overflow the stack. Iterative and linear in the number of elements.
 */
export const flattenDeepNesting = (root: IntakeNode, maximumDepth = maximumNestingDepth): void => {
  const depths = new Map<IntakeNode, number>([[root, 0]]);
  const tooDeep: IntakeElement[] = [];
  for (const node of descendantNodes(root)) {
    if (node.nodeType !== elementNodeType) continue;
    const depth = (node.parentNode === null ? 0 : (depths.get(node.parentNode) ?? 0)) + 1;
    depths.set(node, depth);
    if (depth > maximumDepth) tooDeep.push(node as IntakeElement);
  }
  tooDeep.forEach(unwrapElement);
};
