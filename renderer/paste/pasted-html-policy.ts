import { isAllowedImageSource } from '../../shared/editor/policy/image-source-policy';
import { normaliseLinkUrl } from '../../shared/editor/policy/link-policy';

/** Tags the schema can hold (or that ProseMirror needs for structure); everything else goes. */
export const allowedTags = [
  'p',
  'br',
  'div',
  'span',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'strike',
  'del',
  'sub',
  'sup',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'aside',
  'cite',
  'hr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'figure',
  'img',
  'figcaption',
];

export const forbiddenTags = [
  'style',
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'meta',
  'link',
  'base',
  'noscript',
  'template',
  'svg',
  'math',
];

/** Elements dropped with their content (form controls carry labels, not article text). */
export const forbiddenContents = ['object', 'embed', 'button', 'select', 'textarea', 'option'];

/** Copydesk's own figure and pull-quote markup, so copy and paste inside the editor keeps them. */
const figureCaptionClasses: ReadonlySet<string> = new Set(['caption', 'credit']);

/** A pasted data: image above this many characters is left as a placeholder. */
export const maximumImageSourceLength = 4_000_000;

const isCount = (value: string): boolean => /^[1-9]\d{0,2}$/.test(value);

/**
 * The attribute allowlist, per element. Returns the value to keep (hrefs normalised), or null to
 * drop the attribute. No `style`, `class` (but the figure caption spans), `id` or `on*` survive.
 */
export const allowedAttributeValue = (element: Element, name: string, value: string) => {
  const tag = element.localName;
  if (tag === 'a' && name === 'href') return normaliseLinkUrl(value);
  if (tag === 'img' && name === 'src')
    return value.length <= maximumImageSourceLength && isAllowedImageSource(value) ? value : null;
  if (tag === 'img' && name === 'alt') return value;
  if (tag === 'ol' && name === 'start') return /^\d{1,6}$/.test(value) ? value : null;
  if ((tag === 'td' || tag === 'th') && (name === 'colspan' || name === 'rowspan'))
    return isCount(value) ? value : null;
  if (tag === 'figure' && name === 'data-alt') return value;
  if (tag === 'aside' && name === 'data-type') return value === 'pull-quote' ? value : null;
  if (tag === 'span' && name === 'class' && element.parentElement?.localName === 'figcaption')
    return figureCaptionClasses.has(value) ? value : null;
  return null;
};

export const allowedAttributes = [
  'href',
  'src',
  'alt',
  'start',
  'colspan',
  'rowspan',
  'data-alt',
  'data-type',
  'class',
];
