import createDOMPurify from 'dompurify';
import type { Config, DOMPurify, UponSanitizeAttributeHookEvent } from 'dompurify';
import { JSDOM } from 'jsdom';
import { cleanStyle } from './clean-style';
import type { HtmlDocument, HtmlParent, HtmlWindow } from './html-dom';
import { isAllowedImageSource } from '../../../shared/editor/policy/image-source-policy';
import { normaliseLinkUrl } from '../../../shared/editor/policy/link-policy';
import { normaliseLanguageTag } from '../../../shared/editor/marks/language';

// What Copydesk's own exports mark up (figure captions, pull quotes, standfirst), so they import
// back; any other class or data-type value is dropped.
const keptClasses = new Set(['caption', 'credit', 'pull-quote', 'standfirst']);
const keptTypes = new Set(['figure', 'pull-quote']);

/** Elements the schema maps, and containers whose text is kept; everything else is dropped. */
const allowedTags = [
  'p',
  'br',
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
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'span',
  'div',
  'section',
  'article',
  'main',
  'header',
  'figure',
  'figcaption',
  'img',
  'aside',
  'cite',
  'pre',
  'code',
  'sup',
  'sub',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];

const config: Config = {
  ALLOWED_TAGS: allowedTags,
  ALLOWED_ATTR: ['href', 'style', 'start', 'src', 'alt', 'class', 'data-type', 'data-alt', 'lang'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
};

const cleanAttribute = (_node: unknown, data: UponSanitizeAttributeHookEvent): void => {
  if (data.attrName === 'href') {
    const url = normaliseLinkUrl(data.attrValue);
    if (url === null) data.keepAttr = false;
    else data.attrValue = url;
  } else if (data.attrName === 'src') {
    // Only library assets and raster data URIs: no remote image is ever loaded (no trackers).
    data.keepAttr = isAllowedImageSource(data.attrValue);
    data.forceKeepAttr = data.keepAttr;
  } else if (data.attrName === 'class') {
    data.attrValue = data.attrValue
      .split(/\s+/)
      .filter((name) => keptClasses.has(name))
      .join(' ');
    if (data.attrValue === '') data.keepAttr = false;
  } else if (data.attrName === 'data-type') {
    data.keepAttr = keptTypes.has(data.attrValue);
  } else if (data.attrName === 'lang') {
    // The language mark (`<span lang>`) keeps only well-formed BCP 47 tags.
    const tag = normaliseLanguageTag(data.attrValue);
    if (tag === null) data.keepAttr = false;
    else data.attrValue = tag;
  } else if (data.attrName === 'style') {
    data.attrValue = cleanStyle(data.attrValue);
    if (data.attrValue === '') data.keepAttr = false;
  }
};

let shared: { window: HtmlWindow; purifier: DOMPurify } | undefined;

// One jsdom window (never happy-dom: DOMPurify sanitises nothing there), created on first use.
const sanitizerContext = (): { window: HtmlWindow; purifier: DOMPurify } => {
  if (!shared) {
    const { window } = new JSDOM('');
    const purifier = createDOMPurify(window);
    purifier.addHook('uponSanitizeAttribute', cleanAttribute);
    shared = { window: window as unknown as HtmlWindow, purifier };
  }
  return shared;
};

/** Untrusted HTML as a sanitised DOM fragment: only schema tags, safe links, harmless styles. */
export const sanitizeHtml = (html: string): HtmlParent => {
  const { purifier } = sanitizerContext();
  const fragment: unknown = purifier.sanitize(html, { ...config, RETURN_DOM_FRAGMENT: true });
  return fragment as HtmlParent;
};

/** The document's `<title>` as text (the page is parsed inert: no scripts, no loads). */
export const htmlTitle = (html: string): string => {
  const { window } = sanitizerContext();
  const document: HtmlDocument = new window.DOMParser().parseFromString(html, 'text/html');
  return document.title;
};
