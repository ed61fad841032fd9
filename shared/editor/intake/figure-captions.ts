import type { IntakeDocument, IntakeElement, IntakeParent } from './intake-dom';
import { elementsOf } from './move-children';

const creditSelector = '.credit, [class*="credit" i], .copyright, [class*="copyright" i]';

const span = (document: IntakeDocument, className: string, text: string): IntakeElement => {
  const element = document.createElement('span');
  element.setAttribute('class', className);
  element.textContent = text;
  return element;
};

/**
 * A figure caption copied from a web page, with its credit in a `<span class="credit">` or
 * similar, rebuilt as Copydesk's own `.caption` and `.credit` spans so both are kept.
 */
export const normaliseFigureCaptions = (root: IntakeParent): void => {
  elementsOf(root, 'figure figcaption').forEach((figcaption) => {
    const creditElement = figcaption.querySelector(creditSelector);
    if (creditElement === null) return;
    const credit = (creditElement.textContent ?? '').trim();
    creditElement.remove();
    const caption = (figcaption.textContent ?? '').trim();
    const document = figcaption.ownerDocument;
    figcaption.replaceChildren();
    if (caption !== '') figcaption.append(span(document, 'caption', caption));
    if (caption !== '' && credit !== '') figcaption.append(' ');
    if (credit !== '') figcaption.append(span(document, 'credit', credit));
  });
};
