import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Blocks whose single paragraph is written as bare inline content, as CMSs and Word expect. */
const unwrappingParents = new Set(['listItem', 'tableCell', 'tableHeader']);

const isOnlyParagraph = (node: ProseMirrorNode, parent: ProseMirrorNode): boolean => {
  let paragraphs = 0;
  parent.forEach((child) => {
    if (child.type.name === 'paragraph') paragraphs += 1;
  });
  return paragraphs === 1 && parent.firstChild === node;
};

/**
 * A paragraph as `<p>…</p>`, except the one paragraph of a list item or table cell, written
 * without `<p>` (`<li>Texte</li>`, `<td>12 000</td>`); the import reads both back the same.
 */
export const renderParagraphHtml = (
  node: ProseMirrorNode,
  parent: ProseMirrorNode | undefined,
  inner: string,
): string =>
  parent !== undefined && unwrappingParents.has(parent.type.name) && isOnlyParagraph(node, parent)
    ? inner
    : `<p>${inner}</p>`;
