import type { IntakeFragment } from './intake-dom';
import { elementsOf, renameElement, unwrapElement } from './move-children';
import { removeSpacingBreaks } from './remove-spacing-breaks';
import { removeEmptyBlocks } from './remove-empty-blocks';

const headingLevels: Readonly<Record<string, string>> = {
  h1: 'h2',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
};

const mapHeadings = (root: IntakeFragment): void => {
  elementsOf(root, 'h1, h4, h5, h6').forEach((heading) => {
    renameElement(heading, headingLevels[heading.localName] ?? 'h3');
  });
};

/** An image outside a figure becomes a figure when its source is allowed, else it goes. */
const placeImages = (root: IntakeFragment): void => {
  elementsOf(root, 'img').forEach((image) => {
    if (image.closest('figure') !== null) return;
    if (!image.hasAttribute('src')) {
      image.remove();
      return;
    }
    const figure = image.ownerDocument.createElement('figure');
    image.replaceWith(figure);
    figure.appendChild(image);
  });
  elementsOf(root, 'figcaption').forEach((caption) => {
    if (caption.parentElement?.localName !== 'figure') unwrapElement(caption);
  });
  elementsOf(root, 'figure').forEach((figure) => {
    const hasContent =
      figure.querySelector('img') !== null ||
      figure.hasAttribute('data-alt') ||
      (figure.textContent ?? '').trim() !== '';
    if (!hasContent) figure.remove();
  });
};

/**
 * The structural clean-up DOMPurify cannot do: H1 → H2 and H4–H6 → H3, links whose href was
 * refused unwrapped (text kept), stray images and empty spacing blocks removed.
 */
export const tidySanitisedHtml = (root: IntakeFragment): void => {
  // No depth check here: the tree was flattened before sanitising, which only removes nodes.
  mapHeadings(root);
  elementsOf(root, 'a:not([href])').forEach(unwrapElement);
  elementsOf(root, 'a').forEach((link) => {
    if ((link.textContent ?? '') === '' && link.querySelector('img') === null) link.remove();
  });
  elementsOf(root, 'aside:not([data-type])').forEach(unwrapElement);
  placeImages(root);
  removeSpacingBreaks(root);
  removeEmptyBlocks(root);
};
