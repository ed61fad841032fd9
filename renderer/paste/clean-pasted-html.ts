import type { TypographyProfile } from '../../shared/text/typography-profile';
import { applyFrenchTypography } from './apply-french-typography';
import { normaliseFigureCaptions } from './figure-captions';
import { flattenDeepNesting } from './flatten-deep-nesting';
import { limitTagNesting } from './limit-tag-nesting';
import { normaliseOfficeHtml } from './normalise-office-html';
import { parseHtmlDocument } from './parse-html-document';
import { sanitisePastedHtml } from './sanitise-pasted-html';
import { removeWebPageClutter } from './web-page-clutter';

/**
 * The whole HTML paste path: parse inertly, map Word/Docs/LibreOffice markup and drop web-page
 * clutter while styles and classes are still there, apply French typography when asked
 * (`typography` null otherwise), then sanitise. The result is what ProseMirror parses.
 */
export const cleanPastedHtml = (html: string, typography: TypographyProfile | null): string => {
  const { body } = parseHtmlDocument(limitTagNesting(html));
  flattenDeepNesting(body);
  normaliseOfficeHtml(body);
  removeWebPageClutter(body);
  normaliseFigureCaptions(body);
  if (typography !== null) applyFrenchTypography(body, typography);
  return sanitisePastedHtml(body.innerHTML);
};
