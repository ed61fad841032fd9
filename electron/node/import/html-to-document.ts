import type { TiptapDocument } from '../../../shared/model/tiptap-document';
import { fragmentToDocument } from './fragment-to-document';
import { limitHtmlComplexity } from './html-complexity';
import { sanitizeHtml } from './html-sanitizer';
import { normalizeFragment } from './normalize-fragment';

/** Untrusted HTML to a schema document (also used for raw HTML inside Markdown). */
export const htmlToDocument = (html: string): TiptapDocument => {
  const fragment = sanitizeHtml(limitHtmlComplexity(html));
  normalizeFragment(fragment);
  return fragmentToDocument(fragment);
};
