import type { Node } from '@tiptap/pm/model';
import { sanitiseDocumentLinks } from '../../../shared/editor/sanitise-document-links';
import { fitToSchema } from '../../../shared/editor/schema-fit/fit-to-schema';
import { exportSchema } from '../../../shared/export/export-schema';
import { AppError } from '../../../shared/errors/error-code';
import type { TiptapDocument } from '../../../shared/model/tiptap-document';

const fitted = (node: Node, document: TiptapDocument): Node => {
  try {
    node.check();
    return node;
  } catch {
    return fitToSchema(document, exportSchema());
  }
};

/**
 * A body from a package as the editor's schema reads it: links and image sources through the
 * allowlists first; a node or mark type the schema does not know refuses the package, while known
 * ones out of place (repeated marks, a heading opening a list item) are fitted to the schema. What
 * is stored is the schema's own JSON, so attributes the schema does not know are gone.
 */
export const checkedDocument = (document: TiptapDocument, what: string): TiptapDocument => {
  const sanitised = sanitiseDocumentLinks(document);
  try {
    return fitted(exportSchema().nodeFromJSON(sanitised), sanitised).toJSON() as TiptapDocument;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'invalid',
      `The package's ${what} does not fit the editor's schema (${detail}).`,
    );
  }
};
