const clutterElements = [
  'nav',
  'footer',
  'aside:not([data-type="pull-quote"])',
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
const isCommentAnchor = (element: Element): boolean =>
  element.localName === 'span' && element.hasAttribute('data-comment-thread');

const hasClutterClass = (element: Element): boolean =>
  !isCommentAnchor(element) &&
  (Array.from(element.classList).some((name) => clutterClass.test(name)) ||
    clutterClass.test(element.id));

/**
 * A region copied from a news site brings its navigation, ads, share buttons, related links,
 * newsletter and comment forms, tags and footer: drop them with their text.
 */
export const removeWebPageClutter = (root: ParentNode): void => {
  root.querySelectorAll(clutterElements).forEach((element) => element.remove());
  root.querySelectorAll('[class], [id]').forEach((element) => {
    if (element.isConnected && hasClutterClass(element)) element.remove();
  });
};
