import { normaliseFigureCaptions } from './figure-captions';
import { flattenDeepNesting } from './flatten-deep-nesting';
import type { IntakeElement, IntakeWindow } from './intake-dom';
import { limitTagNesting } from './limit-tag-nesting';
import { normaliseOfficeHtml } from './normalise-office-html';
import { mapCellAlignment } from './table-cell-alignment';
import { removeWebPageClutter } from './web-page-clutter';

/**
 * Untrusted HTML parsed inertly (a DOMParser document runs no script and loads nothing), then
 * Word, Google Docs and LibreOffice markup mapped and web-page clutter dropped while the styles
 * and classes these rules read are still there. The body returned is not yet sanitised.
 */
export const readIntakeHtml = (html: string, window: IntakeWindow): IntakeElement => {
  const source = limitTagNesting(html);
  const { body } = new window.DOMParser().parseFromString(source, 'text/html');
  flattenDeepNesting(body);
  normaliseOfficeHtml(body, source);
  removeWebPageClutter(body);
  normaliseFigureCaptions(body);
  mapCellAlignment(body);
  return body;
};
