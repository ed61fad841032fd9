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

/**
 * Maps Word, Google Docs and LibreOffice HTML onto plain semantic HTML before it is sanitised
 * (the sanitiser drops the styles and classes these rules read). Each rule keys on markup only
 * its source writes, so all of them run on every paste and every import.
 */
export const normaliseOfficeHtml = (root: IntakeParent): void => {
  rebuildWordLists(root);
  normaliseWordMarkup(root);
  removeComments(root);
  normaliseGoogleDocsMarkup(root);
  normaliseLibreOfficeMarkup(root);
  nestStrayLists(root);
  mapInlineStyles(root);
};
