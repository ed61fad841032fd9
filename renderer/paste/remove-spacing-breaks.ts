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

const isBlank = (node: Node): boolean =>
  node.nodeType === Node.COMMENT_NODE ||
  (node.nodeType === Node.TEXT_NODE && /^[\t\n\r ]*$/.test(node.nodeValue ?? ''));

const meaningfulSibling = (node: Node, direction: 'previous' | 'next'): Node | null => {
  let sibling = direction === 'previous' ? node.previousSibling : node.nextSibling;
  while (sibling !== null && isBlank(sibling))
    sibling = direction === 'previous' ? sibling.previousSibling : sibling.nextSibling;
  return sibling;
};

const isBlockOrEdge = (node: Node | null): boolean =>
  node === null || (node instanceof Element && !inlineTags.has(node.localName));

/**
 * A `<br>` standing between two blocks (Google Docs puts one between paragraphs) would become an
 * empty paragraph; between inline content it is a real line break and stays.
 */
export const removeSpacingBreaks = (root: ParentNode): void => {
  root.querySelectorAll('br').forEach((lineBreak) => {
    if (
      isBlockOrEdge(meaningfulSibling(lineBreak, 'previous')) &&
      isBlockOrEdge(meaningfulSibling(lineBreak, 'next'))
    )
      lineBreak.remove();
  });
};
