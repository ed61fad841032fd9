import type { TiptapDocument } from '../../../shared/model/tiptap-document';
import { fragmentToDocument } from './fragment-to-document';
import { limitHtmlComplexity } from './html-complexity';
import { sanitizeHtml } from './html-sanitizer';

/** Untrusted HTML to a schema document (also used for raw HTML inside Markdown). */
export const htmlToDocument = (html: string): TiptapDocument =>
  fragmentToDocument(sanitizeHtml(limitHtmlComplexity(html)));
