import type { IntakeElement, IntakeParent } from './intake-dom';
import { elementsOf, moveChildren, unwrapElement } from './move-children';

const isBoldWeight = (weight: string): boolean =>
  weight === 'bold' || weight === 'bolder' || Number.parseInt(weight, 10) >= 600;

const isNormalWeight = (weight: string): boolean =>
  weight === 'normal' || weight === 'lighter' || Number.parseInt(weight, 10) < 600;

const formattingTags = (element: IntakeElement): string[] => {
  const style = (property: string): string =>
    element.style?.getPropertyValue(property).trim() ?? '';
  const decoration = `${style('text-decoration')} ${style('text-decoration-line')}`;
  const fontStyle = style('font-style');
  const tags: string[] = [];
  if (isBoldWeight(style('font-weight'))) tags.push('strong');
  if (fontStyle === 'italic' || fontStyle === 'oblique') tags.push('em');
  if (decoration.includes('underline') && element.closest('a') === null) tags.push('u');
  if (decoration.includes('line-through')) tags.push('s');
  if (style('vertical-align') === 'super') tags.push('sup');
  if (style('vertical-align') === 'sub') tags.push('sub');
  return tags;
};

const wrapChildren = (element: IntakeElement, tags: string[]): void => {
  let innermost: IntakeElement = element;
  for (const tag of tags) {
    const wrapper = element.ownerDocument.createElement(tag);
    moveChildren(innermost, wrapper);
    innermost.appendChild(wrapper);
    innermost = wrapper;
  }
};

// Headings are bold by nature; bold tags are handled on their own below.
const styledElements = '[style]:not(b, strong, h1, h2, h3, h4, h5, h6)';

/**
 * Google Docs, LibreOffice and web editors format with styles, not tags: `font-weight:700`,
 * `font-style:italic`, `text-decoration:underline`, `vertical-align:super/sub` become strong,
 * em, u, sup and sub before the sanitiser drops every style (WordPress/gutenberg #10946).
 * `<b>`/`<strong>` styled `font-weight:normal` (Docs' outer wrapper) are not bold.
 */
export const mapInlineStyles = (root: IntakeParent): void => {
  elementsOf(root, styledElements).forEach((element) => {
    if (element.firstChild === null) return;
    const tags = formattingTags(element);
    if (tags.length > 0) wrapChildren(element, tags);
  });
  elementsOf(root, 'b[style], strong[style]').forEach((bold) => {
    if (isNormalWeight(bold.style?.getPropertyValue('font-weight').trim() ?? ''))
      unwrapElement(bold);
  });
};
