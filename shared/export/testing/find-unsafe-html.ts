import { isAllowedImageSource } from '../../editor/policy/image-source-policy';
import { normaliseLinkUrl } from '../../editor/policy/link-policy';
import { isExportFolderPath } from '../image-resolver';

/** The parts of a parsed DOM the check needs (jsdom's or a browser's). */
export interface InspectableElement {
  readonly tagName: string;
  getAttributeNames(): string[];
  getAttribute(name: string): string | null;
}
export interface InspectableRoot {
  querySelectorAll(selectors: string): Iterable<InspectableElement>;
}

const forbiddenElements = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'link',
  'base',
  'form',
  'frame',
  'frameset',
  'applet',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
  'meta',
  'style',
]);
const urlAttributes = new Set([
  'href',
  'src',
  'srcset',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'cite',
]);

const isAllowedMeta = (element: InspectableElement): boolean =>
  element
    .getAttributeNames()
    .every((name) => name === 'charset' || name === 'name' || name === 'content') &&
  (element.getAttribute('charset') !== null || element.getAttribute('name') === 'description');

const isAllowedUrl = (tag: string, name: string, value: string): boolean =>
  tag === 'a' && name === 'href'
    ? normaliseLinkUrl(value) === value
    : tag === 'img' && name === 'src' && (isAllowedImageSource(value) || isExportFolderPath(value));

/**
 * Checks exported HTML after parsing it (docs/security.md, pass criteria): lists every
 * forbidden element, `on*` or `style` attribute and URL outside the allowlists. The document's
 * own `<meta charset>`, `<meta name="description">` and (when `allowStyleElement`) `<style>` pass.
 */
export const findUnsafeHtml = (root: InspectableRoot, allowStyleElement = false): string[] => {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    const allowed =
      (tag === 'meta' && isAllowedMeta(element)) || (tag === 'style' && allowStyleElement);
    if (forbiddenElements.has(tag) && !allowed) problems.push(`<${tag}>`);
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (name.startsWith('on') || name === 'style') problems.push(`<${tag} ${name}>`);
      if (urlAttributes.has(name) && !isAllowedUrl(tag, name, value))
        problems.push(`<${tag} ${name}="${value}">`);
    }
  }
  return problems;
};
