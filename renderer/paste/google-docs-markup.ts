import { unwrapElement } from './move-children';

/**
 * Google Docs wraps the whole fragment in `<b style="font-weight:normal" id="docs-internal-guid-…">`
 * (not bold) and ends it with an Apple interchange `<br>`.
 */
export const normaliseGoogleDocsMarkup = (root: ParentNode): void => {
  root.querySelectorAll('b[id^="docs-internal-guid"]').forEach(unwrapElement);
  root.querySelectorAll('br.Apple-interchange-newline').forEach((lineBreak) => lineBreak.remove());
};
