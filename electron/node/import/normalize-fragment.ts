import type { HtmlElement, HtmlParent } from './html-dom';

const rename = (element: HtmlElement, tagName: string): void => {
  const replacement = element.ownerDocument.createElement(tagName);
  replacement.append(...Array.from(element.childNodes));
  element.replaceWith(replacement);
};

/** Maps headings onto the schema's levels (2 and 3), in place. */
export const normalizeFragment = (root: HtmlParent): void => {
  for (const heading of Array.from(root.querySelectorAll('h1, h2'))) rename(heading, 'h2');
  for (const heading of Array.from(root.querySelectorAll('h4, h5, h6'))) rename(heading, 'h3');
};
