import { sanitiseDocumentLinks } from '../../../shared/editor/sanitise-document-links';
import { exportSchema } from '../../../shared/export/export-schema';
import { AppError } from '../../../shared/errors/error-code';
import type { TiptapDocument } from '../../../shared/model/tiptap-document';

/**
 * A body from a package as the editor's schema reads it: links and image sources through the
 * allowlists first, then every node, mark and attribute checked (`Node.check()`); what is stored
 * is the schema's own JSON, so attributes the schema does not know are gone.
 */
export const checkedDocument = (document: TiptapDocument, what: string): TiptapDocument => {
  try {
    const node = exportSchema().nodeFromJSON(sanitiseDocumentLinks(document));
    node.check();
    return node.toJSON() as TiptapDocument;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'invalid',
      `The package's ${what} does not fit the editor's schema (${detail}).`,
    );
  }
};
