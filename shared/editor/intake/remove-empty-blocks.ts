import type { IntakeElement, IntakeParent } from './intake-dom';
import { elementsOf } from './move-children';

const emptyText = /^[\s\u00a0\u202f\u200b]*$/;

const hasSubstance = (block: IntakeElement): boolean =>
  !emptyText.test(block.textContent ?? '') ||
  block.querySelector('img, figure, hr, table, ul, ol') !== null;

/** Empty paragraphs and headings are spacing from Word and LibreOffice, not content. */
export const removeEmptyBlocks = (root: IntakeParent): void => {
  elementsOf(root, 'p, h2, h3, div').forEach((block) => {
    if (!hasSubstance(block)) block.remove();
  });
};
