import { normaliseLanguageTag } from '../marks/language';
import { isAllowedImageSource } from '../policy/image-source-policy';
import { normaliseLinkUrl } from '../policy/link-policy';
import type { IntakeElement } from './intake-dom';
import { cellAlignments } from './table-cell-alignment';

/**
 * Tags the schema can hold, or that keep structure (containers, Copydesk's export header);
 * everything else is unwrapped, its text kept.
 */
export const allowedTags = [
  'p',
  'br',
  'div',
  'span',
  'section',
  'article',
  'main',
  'header',
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
  'pre',
  'code',
  'hr',
  'table',
  'caption',
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
  'lang',
  'align',
];

/** A data: image above this many characters is left as a placeholder. */
export const maximumImageSourceLength = 4_000_000;

// A hostile colspan makes the editor fill every other row with empty cells: 50 columns is
// already more than any article table; an overlong rowspan is only clamped to the table.
const maximumColumnSpan = 50;

const isSpan = (value: string, maximum: number): boolean =>
  /^[1-9]\d{0,2}$/.test(value) && Number(value) <= maximum;

// Copydesk's own export classes, where its export writes them, so exports paste and import back.
const keptClasses = (element: IntakeElement): ReadonlySet<string> => {
  const parent = element.parentElement?.localName;
  if (element.localName === 'span' && parent === 'figcaption')
    return new Set(['caption', 'credit']);
  if (element.localName === 'p' && parent === 'header') return new Set(['standfirst']);
  return new Set();
};

const cleanClass = (element: IntakeElement, value: string): string | null => {
  const kept = keptClasses(element);
  const names = value.split(/\s+/).filter((name) => kept.has(name));
  return names.length > 0 ? names.join(' ') : null;
};

/**
 * The attribute allowlist, per element: the value to keep (hrefs and language tags normalised),
 * or null to drop the attribute. No `style` (read into marks before), `id` or `on*` survives.
 */
export const allowedAttributeValue = (
  element: IntakeElement,
  name: string,
  value: string,
): string | null => {
  const tag = element.localName;
  if (name === 'lang') return normaliseLanguageTag(value);
  if (name === 'class') return cleanClass(element, value);
  if (tag === 'a' && name === 'href') return normaliseLinkUrl(value);
  if (tag === 'img' && name === 'src')
    return value.length <= maximumImageSourceLength && isAllowedImageSource(value) ? value : null;
  if (tag === 'img' && name === 'alt') return value;
  if (tag === 'ol' && name === 'start') return /^\d{1,6}$/.test(value) ? value : null;
  if ((tag === 'td' || tag === 'th') && name === 'colspan')
    return isSpan(value, maximumColumnSpan) ? value : null;
  if ((tag === 'td' || tag === 'th') && name === 'rowspan')
    return isSpan(value, 999) ? value : null;
  if ((tag === 'td' || tag === 'th') && name === 'align')
    return cellAlignments.has(value.trim().toLowerCase()) ? value.trim().toLowerCase() : null;
  if (tag === 'figure' && name === 'data-alt') return value;
  if (tag === 'aside' && name === 'data-type') return value === 'pull-quote' ? value : null;
  return null;
};
