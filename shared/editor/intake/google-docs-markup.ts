import type { IntakeParent } from './intake-dom';
import { elementsOf, unwrapElement } from './move-children';

/**
 * Google Docs wraps the whole fragment in `<b style="font-weight:normal" id="docs-internal-guid-…">`
 * (not bold) and ends it with an Apple interchange `<br>`.
 */
export const normaliseGoogleDocsMarkup = (root: IntakeParent): void => {
  elementsOf(root, 'b[id^="docs-internal-guid"]').forEach(unwrapElement);
  elementsOf(root, 'br.Apple-interchange-newline').forEach((lineBreak) => lineBreak.remove());
};
