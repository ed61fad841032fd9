/** Moves every child of `source` to the end of `target`, one by one (no spread of huge lists). */
export const moveChildren = (source: Node, target: Node): void => {
  while (source.firstChild !== null) target.appendChild(source.firstChild);
};

/** Replaces an element by its children. */
export const unwrapElement = (element: Element): void => {
  const parent = element.parentNode;
  if (parent === null) return;
  while (element.firstChild !== null) parent.insertBefore(element.firstChild, element);
  element.remove();
};

/** Replaces an element by a new element named `tagName` holding the same children. */
export const renameElement = (element: Element, tagName: string): Element => {
  const renamed = element.ownerDocument.createElement(tagName);
  moveChildren(element, renamed);
  element.replaceWith(renamed);
  return renamed;
};
