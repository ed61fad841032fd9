import { cleanHeadline } from './clean-headline';
import type { IntakeFragment } from '../../../shared/editor/intake/intake-dom';
import type { ImportedDraft } from './imported-draft';
import { fragmentToDocument } from './fragment-to-document';
import { limitHtmlComplexity } from './html-complexity';
import { htmlTitle, sanitizeHtml } from './html-sanitizer';

/** Copydesk's own document export: `<article><header>` holds headline, standfirst, bylines. */
const takeExportHeader = (fragment: IntakeFragment): { standfirst?: string } => {
  const header = fragment.querySelector('article > header');
  if (header?.querySelector('h1') === null || header === null) return {};
  const standfirst = header.querySelector('p.standfirst')?.textContent ?? null;
  const heading = header.querySelector('h1');
  if (heading !== null) header.replaceWith(heading);
  return standfirst === null ? {} : { standfirst: standfirst.trim() };
};

/**
 * An HTML file: headline from the first `<h1>` (taken out of the body) or else `<title>`; from a
 * Copydesk export also the standfirst, and its header (bylines, dateline) stays out of the body.
 */
export const importHtml = (source: string): ImportedDraft => {
  const html = limitHtmlComplexity(source);
  const fragment = sanitizeHtml(html);
  const fields = takeExportHeader(fragment);
  const heading = fragment.querySelector('h1');
  let headline = cleanHeadline(heading?.textContent ?? '');
  if (heading) heading.remove();
  if (headline === '') headline = cleanHeadline(htmlTitle(html));
  return { ...fields, headline, body: fragmentToDocument(fragment) };
};
