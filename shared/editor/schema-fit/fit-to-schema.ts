import type { Node, Schema } from '@tiptap/pm/model';
import { AppError } from '../../errors/error-code';
import type { TiptapDocument } from '../../model/tiptap-document';
import { fitChildren } from './fit-content';

/**
 * Any Tiptap JSON as a document of `schema` that passes `Node.check()`, keeping every word:
 * duplicate marks merged, blocks a parent cannot hold turned into what it can (or lifted out),
 * unknown and empty nodes dropped. A document that already fits comes back unchanged.
 */
export const fitToSchema = (document: TiptapDocument, schema: Schema): Node => {
  const top = schema.topNodeType;
  const content = fitChildren(schema, top, document.content ?? []);
  const fitted = content === null ? top.createAndFill() : top.create(null, content);
  try {
    fitted!.check();
    return fitted!;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('internal', `The document could not be fitted to the editor (${detail}).`);
  }
};
