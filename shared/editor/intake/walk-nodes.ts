import type { IntakeNode } from './intake-dom';

/**
 * Every node under `root` in document order, collected first so callers may move or remove them.
 * Iterative: pasted pages nest deeply enough to overflow a recursive walk.
 */
export const descendantNodes = (root: IntakeNode): IntakeNode[] => {
  const nodes: IntakeNode[] = [];
  let node = root.firstChild;
  while (node !== null) {
    nodes.push(node);
    if (node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node === null || node === root ? null : node.nextSibling;
  }
  return nodes;
};
