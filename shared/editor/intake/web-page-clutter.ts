import type { IntakeElement, IntakeParent } from './intake-dom';
import { elementsOf } from './move-children';

const clutterElements = [
  'nav',
  'footer',
  'button',
  'input',
  'select',
  'textarea',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[aria-hidden="true"]',
].join(', ');

const clutterClass =
  /^(?:ads?|advert(?:isement)?|pub|publicite|sponsor(?:ed)?|share|sharing|social|related|newsletter|comments?|breadcrumbs?|tags)(?:[-_].*)?$/i;

// Copydesk's own comment anchor, copied from the body: its text stays (the policy drops the anchor).
const isCommentAnchor = (element: IntakeElement): boolean =>
  element.localName === 'span' && element.hasAttribute('data-comment-thread');

const hasClutterClass = (element: IntakeElement): boolean =>
  !isCommentAnchor(element) &&
  ((element.getAttribute('class') ?? '').split(/\s+/).some((name) => clutterClass.test(name)) ||
    clutterClass.test(element.id));

/**
 * A region copied from a news site brings its navigation, ads, share buttons, related links,
 * newsletter and comment forms, tags and footer: drop them with their text. An `<aside>` is not
 * clutter by itself (a factbox is article text): only its class or role says so.
 */
export const removeWebPageClutter = (root: IntakeParent): void => {
  elementsOf(root, clutterElements).forEach((element) => element.remove());
  elementsOf(root, '[class], [id]').forEach((element) => {
    if (element.isConnected && hasClutterClass(element)) element.remove();
  });
};
