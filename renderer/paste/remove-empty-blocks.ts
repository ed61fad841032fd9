const emptyText = /^[\s\u00a0\u202f\u200b]*$/;

const hasSubstance = (block: Element): boolean =>
  !emptyText.test(block.textContent ?? '') ||
  block.querySelector('img, figure, hr, table, ul, ol') !== null;

/** Empty paragraphs and headings are spacing from Word and LibreOffice, not content. */
export const removeEmptyBlocks = (root: ParentNode): void => {
  root.querySelectorAll('p, h2, h3, div').forEach((block) => {
    if (!hasSubstance(block)) block.remove();
  });
};
