import type { IntakeParent } from './intake-dom';
import { elementsOf } from './move-children';

export const cellAlignments: ReadonlySet<string> = new Set(['left', 'center', 'right']);

/**
 * A cell's `text-align` style (Copydesk's export, Word, Docs, web tables) as the `align`
 * attribute the sanitiser keeps, since it drops every style: the schema reads either.
 */
export const mapCellAlignment = (root: IntakeParent): void => {
  elementsOf(root, 'td[style], th[style]').forEach((cell) => {
    const align = cell.style?.getPropertyValue('text-align').trim().toLowerCase() ?? '';
    if (cellAlignments.has(align)) cell.setAttribute('align', align);
  });
};
