import { moveChildren, unwrapElement } from './move-children';

const isBoldWeight = (weight: string): boolean =>
  weight === 'bold' || weight === 'bolder' || Number.parseInt(weight, 10) >= 600;

const isNormalWeight = (weight: string): boolean =>
  weight === 'normal' || weight === 'lighter' || Number.parseInt(weight, 10) < 600;

const formattingTags = (span: HTMLElement): string[] => {
  const { style } = span;
  const decoration = `${style.textDecoration} ${style.textDecorationLine}`;
  const tags: string[] = [];
  if (isBoldWeight(style.fontWeight)) tags.push('strong');
  if (style.fontStyle === 'italic' || style.fontStyle === 'oblique') tags.push('em');
  if (decoration.includes('underline') && span.closest('a') === null) tags.push('u');
  if (decoration.includes('line-through')) tags.push('s');
  if (style.verticalAlign === 'super') tags.push('sup');
  if (style.verticalAlign === 'sub') tags.push('sub');
  return tags;
};

const wrapChildren = (element: Element, tags: string[]): void => {
  let innermost: Element = element;
  for (const tag of tags) {
    const wrapper = element.ownerDocument.createElement(tag);
    moveChildren(innermost, wrapper);
    innermost.appendChild(wrapper);
    innermost = wrapper;
  }
};

/**
 * Google Docs (and some web editors) format with styles on spans, not tags: `font-weight:700`,
 * `font-style:italic`, `text-decoration:underline`, `vertical-align:super/sub` become strong,
 * em, u, sup and sub before the sanitiser drops every style (WordPress/gutenberg #10946).
 * `<b>`/`<strong>` styled `font-weight:normal` (Docs' outer wrapper) are not bold.
 */
export const mapInlineStyles = (root: ParentNode): void => {
  root.querySelectorAll<HTMLElement>('span[style], font[style]').forEach((span) => {
    const tags = formattingTags(span);
    if (tags.length > 0) wrapChildren(span, tags);
  });
  root.querySelectorAll<HTMLElement>('b[style], strong[style]').forEach((bold) => {
    if (isNormalWeight(bold.style.fontWeight)) unwrapElement(bold);
  });
};
