import { fitToSchema } from '../../shared/editor/schema-fit/fit-to-schema';
import { exportSchema } from '../../shared/export/export-schema';
import type { TiptapDocument } from '../../shared/model/tiptap-document';

/**
 * The body as the editor opens it. One stored before imports were fitted to the schema (repeated
 * marks, a heading opening a list item) is fitted now, keeping its words: otherwise its first
 * save would be refused, and the editor would hold text it could never store.
 */
export const openableBody = (body: TiptapDocument): TiptapDocument => {
  const schema = exportSchema();
  try {
    schema.nodeFromJSON(body).check();
    return body;
  } catch {
    return fitToSchema(body, schema).toJSON() as TiptapDocument;
  }
};
