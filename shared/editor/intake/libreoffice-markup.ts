import type { IntakeElement, IntakeParent } from './intake-dom';
import { elementsOf, unwrapElement } from './move-children';

const superscript = (element: IntakeElement): IntakeElement => {
  const sup = element.ownerDocument.createElement('sup');
  sup.textContent = element.textContent ?? '';
  return sup;
};

/**
 * LibreOffice footnotes and endnotes: the anchor stays a superscript number in the sentence and
 * each note becomes a paragraph starting with that superscript number and a space, so its text
 * is neither lost nor glued to a bare "1".
 */
export const normaliseLibreOfficeMarkup = (root: IntakeParent): void => {
  elementsOf(root, 'a.sdfootnoteanc, a.sdendnoteanc').forEach((anchor) => {
    if (anchor.querySelector('sup') === null) anchor.replaceWith(superscript(anchor));
    else unwrapElement(anchor);
  });
  elementsOf(root, 'a.sdfootnotesym, a.sdendnotesym').forEach((symbol) => {
    const number = superscript(symbol);
    symbol.replaceWith(number, symbol.ownerDocument.createTextNode(' '));
  });
};
