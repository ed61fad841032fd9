import { normaliseGoogleDocsMarkup } from './google-docs-markup';
import { commentNodeType, type IntakeParent } from './intake-dom';
import { mapInlineStyles } from './inline-style-formatting';
import { normaliseLibreOfficeMarkup } from './libreoffice-markup';
import { nestStrayLists } from './nest-stray-lists';
import { descendantNodes } from './walk-nodes';
import { rebuildWordLists } from './word-lists';
import { normaliseWordMarkup } from './word-markup';

const removeComments = (root: IntakeParent): void => {
  descendantNodes(root)
    .filter((node) => node.nodeType === commentNodeType)
    .forEach((comment) => comment.parentNode?.removeChild(comment));
};

// What only Word (mso- styles and classes, o:/v:/w: elements), Google Docs, Chrome's clipboard
// and LibreOffice write. Their rules cost most of the intake's time on large pages, so HTML with
// none of it (Copydesk's own exports, most web pages) skips them: they would match nothing.
const officeMarkup = /mso|<[a-z]+:[a-z]|docs-internal-guid|apple-interchange|sdfootnote|sdendnote/i;

/**
 * Maps Word, Google Docs and LibreOffice HTML (`source`, parsed into `root`) onto plain semantic
 * HTML before it is sanitised (the sanitiser drops the styles and classes these rules read). Each
 * rule keys on markup only its source writes, so all of them run on every Office paste or import.
 */
export const normaliseOfficeHtml = (root: IntakeParent, source: string): void => {
  const office = officeMarkup.test(source);
  if (office) {
    rebuildWordLists(root);
    normaliseWordMarkup(root);
  }
  removeComments(root);
  if (office) {
    normaliseGoogleDocsMarkup(root);
    normaliseLibreOfficeMarkup(root);
  }
  nestStrayLists(root);
  mapInlineStyles(root);
};
