import type { IntakeElement, IntakeNode } from './intake-dom';

/** Moves every child of `source` to the end of `target`, one by one (no spread of huge lists). */
export const moveChildren = (source: IntakeNode, target: IntakeNode): void => {
  while (source.firstChild !== null) target.appendChild(source.firstChild);
};

/** Replaces an element by its children. */
export const unwrapElement = (element: IntakeElement): void => {
  const parent = element.parentNode;
  if (parent === null) return;
  while (element.firstChild !== null) parent.insertBefore(element.firstChild, element);
  element.remove();
};

/** Replaces an element by a new element named `tagName` holding the same children. */
export const renameElement = (element: IntakeElement, tagName: string): IntakeElement => {
  const renamed = element.ownerDocument.createElement(tagName);
  moveChildren(element, renamed);
  element.replaceWith(renamed);
  return renamed;
};

/** The elements matching `selectors` under `root`, as an array that later changes cannot alter. */
export const elementsOf = (
  root: { querySelectorAll(selectors: string): ArrayLike<IntakeElement> },
  selectors: string,
): IntakeElement[] => Array.from(root.querySelectorAll(selectors));
