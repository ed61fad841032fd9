import type { IntakeElement, IntakeParent } from './intake-dom';
import { elementsOf } from './move-children';

const emptyText = /^[\s\u00a0\u202f\u200b]*$/;

const hasSubstance = (block: IntakeElement): boolean =>
  !emptyText.test(block.textContent ?? '') ||
  block.querySelector('img, figure, hr, table, ul, ol') !== null;

/**
 * Empty paragraphs and headings are spacing from Word and LibreOffice, not content; a table row
 * without a cell (what is left when the sanitiser removed what stood in it) shows nothing, and
 * neither does a table left without rows.
 */
export const removeEmptyBlocks = (root: IntakeParent): void => {
  elementsOf(root, 'p, h2, h3, div').forEach((block) => {
    if (!hasSubstance(block)) block.remove();
  });
  elementsOf(root, 'tr').forEach((row) => {
    if (row.querySelector('td, th') === null) row.remove();
  });
  elementsOf(root, 'table').forEach((table) => {
    if (table.querySelector('tr') === null) table.remove();
  });
};
