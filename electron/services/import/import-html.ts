import { cleanHeadline } from './clean-headline';
import type { ImportedDraft } from './imported-draft';
import { fragmentToDocument } from './fragment-to-document';
import { limitHtmlComplexity } from './html-complexity';
import { htmlTitle, sanitizeHtml } from './html-sanitizer';
import { normalizeFragment } from './normalize-fragment';

/** An HTML file: headline from the first `<h1>` (taken out of the body) or else `<title>`. */
export const importHtml = (source: string): ImportedDraft => {
  const html = limitHtmlComplexity(source);
  const fragment = sanitizeHtml(html);
  const heading = fragment.querySelector('h1');
  let headline = cleanHeadline(heading?.textContent ?? '');
  if (heading) heading.remove();
  if (headline === '') headline = cleanHeadline(htmlTitle(html));
  normalizeFragment(fragment);
  return { headline, body: fragmentToDocument(fragment) };
};
