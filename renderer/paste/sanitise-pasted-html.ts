import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { limitTagNesting } from './limit-tag-nesting';
import {
  allowedAttributes,
  allowedAttributeValue,
  allowedTags,
  forbiddenContents,
  forbiddenTags,
} from './pasted-html-policy';
import { tidySanitisedHtml } from './tidy-sanitised-html';
import { isTrackingPixel } from './tracking-pixel';

const config = {
  ALLOWED_TAGS: allowedTags,
  ALLOWED_ATTR: allowedAttributes,
  FORBID_TAGS: forbiddenTags,
  ADD_FORBID_CONTENTS: forbiddenContents,
  ADD_URI_SAFE_ATTR: ['data-alt'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|copydesk-asset):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

let purifier: DOMPurify | null = null;

/** Our own instance, so these hooks never leak into another caller's DOMPurify. */
const createPurifier = (): DOMPurify => {
  const instance = createDOMPurify(window);
  instance.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'img' && node instanceof Element && isTrackingPixel(node)) node.remove();
  });
  instance.addHook('uponSanitizeAttribute', (node, data) => {
    const value = allowedAttributeValue(node, data.attrName, data.attrValue);
    if (value === null) data.keepAttr = false;
    else data.attrValue = value;
  });
  return instance;
};

/**
 * Sanitises pasted HTML with DOMPurify and a strict allowlist of what the schema knows: no
 * scripts, styles, classes, ids or handlers; links only through `normaliseLinkUrl` (a refused
 * link keeps its text); images only from the image allowlist; headings mapped to H2/H3.
 */
export const sanitisePastedHtml = (html: string): string => {
  purifier ??= createPurifier();
  const fragment = purifier.sanitize(limitTagNesting(html), config);
  tidySanitisedHtml(fragment);
  const holder = fragment.ownerDocument.createElement('div');
  holder.appendChild(fragment);
  return holder.innerHTML;
};
