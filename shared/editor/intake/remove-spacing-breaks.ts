import {
  commentNodeType,
  elementNodeType,
  textNodeType,
  type IntakeElement,
  type IntakeNode,
  type IntakeParent,
} from './intake-dom';
import { elementsOf } from './move-children';

const inlineTags: ReadonlySet<string> = new Set([
  'a',
  'b',
  'br',
  'cite',
  'del',
  'em',
  'i',
  's',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'u',
  'font',
  'code',
  'small',
  'big',
  'abbr',
  'time',
  'mark',
  'q',
  'ins',
  'label',
  'img',
]);

const isBlank = (node: IntakeNode): boolean =>
  node.nodeType === commentNodeType ||
  (node.nodeType === textNodeType && /^[\t\n\r ]*$/.test(node.nodeValue ?? ''));

const meaningfulSibling = (node: IntakeNode, direction: 'previous' | 'next'): IntakeNode | null => {
  let sibling = direction === 'previous' ? node.previousSibling : node.nextSibling;
  while (sibling !== null && isBlank(sibling))
    sibling = direction === 'previous' ? sibling.previousSibling : sibling.nextSibling;
  return sibling;
};

const isBlockOrEdge = (node: IntakeNode | null): boolean =>
  node === null ||
  (node.nodeType === elementNodeType && !inlineTags.has((node as IntakeElement).localName));

/**
 * A `<br>` standing between two blocks (Google Docs puts one between paragraphs) would become an
 * empty paragraph; between inline content it is a real line break and stays.
 */
export const removeSpacingBreaks = (root: IntakeParent): void => {
  elementsOf(root, 'br').forEach((lineBreak) => {
    if (
      isBlockOrEdge(meaningfulSibling(lineBreak, 'previous')) &&
      isBlockOrEdge(meaningfulSibling(lineBreak, 'next'))
    )
      lineBreak.remove();
  });
};
