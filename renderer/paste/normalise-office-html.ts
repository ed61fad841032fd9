import { normaliseGoogleDocsMarkup } from './google-docs-markup';
import { mapInlineStyles } from './inline-style-formatting';
import { normaliseLibreOfficeMarkup } from './libreoffice-markup';
import { nestStrayLists } from './nest-stray-lists';
import { rebuildWordLists } from './word-lists';
import { normaliseWordMarkup } from './word-markup';

const removeComments = (root: Node): void => {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) comments.push(node);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));
};

/**
 * Maps Word, Google Docs and LibreOffice clipboard HTML onto plain semantic HTML before it is
 * sanitised (the sanitiser drops the styles and classes these rules read). Each rule keys on
 * markup only its source writes, so all of them run on every paste.
 */
export const normaliseOfficeHtml = (root: ParentNode & Node): void => {
  rebuildWordLists(root);
  normaliseWordMarkup(root);
  removeComments(root);
  normaliseGoogleDocsMarkup(root);
  normaliseLibreOfficeMarkup(root);
  nestStrayLists(root);
  mapInlineStyles(root);
};
