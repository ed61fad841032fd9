import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import type { IntakeElement, IntakeFragment, IntakeNode, IntakeWindow } from './intake-dom';
import {
  allowedAttributes,
  allowedAttributeValue,
  allowedTags,
  forbiddenContents,
  forbiddenTags,
} from './intake-policy';
import { isTrackingPixel } from './tracking-pixel';

const config = {
  ALLOWED_TAGS: allowedTags,
  // The parsed page's <body> is handed over as the root: only its children are returned.
  ADD_TAGS: ['body'],
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

// One purifier per window (the renderer's, import's jsdom), so these hooks never leak into another
// caller's DOMPurify.
const purifiers = new WeakMap<IntakeWindow, DOMPurify>();

const createPurifier = (window: IntakeWindow): DOMPurify => {
  // The structural window is a real one (a browser's or jsdom's), which is what DOMPurify reads.
  const instance = createDOMPurify(window as unknown as WindowLike);
  instance.addHook('uponSanitizeElement', (node, data) => {
    const element = node as unknown as IntakeElement;
    if (data.tagName === 'img' && isTrackingPixel(element)) element.remove();
  });
  instance.addHook('uponSanitizeAttribute', (node, data) => {
    const value = allowedAttributeValue(node, data.attrName, data.attrValue);
    if (value === null) data.keepAttr = false;
    else data.attrValue = value;
  });
  return instance;
};

/**
 * DOMPurify over an inert DOM tree (never over re-serialised markup), with the one intake
 * allowlist: no scripts, styles, ids or handlers; links only through `normaliseLinkUrl` (a
 * refused link keeps its text); images only from the image allowlist; no tracking pixels.
 */
export const sanitiseIntake = (root: IntakeNode, window: IntakeWindow): IntakeFragment => {
  let purifier = purifiers.get(window);
  if (purifier === undefined) {
    purifier = createPurifier(window);
    purifiers.set(window, purifier);
  }
  return purifier.sanitize(root as Node, config);
};
