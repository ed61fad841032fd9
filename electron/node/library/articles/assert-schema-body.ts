import { exportSchema } from '../../../../shared/export/export-schema';
import { AppError } from '../../../../shared/errors/error-code';
import type { TiptapDocument } from '../../../../shared/model/tiptap-document';

/**
 * A body is written only if the editor can open and export it (`Node.check()` on the schema's
 * reading of it); otherwise nothing is written and the editor keeps the text.
 */
export const assertSchemaBody = (body: TiptapDocument): void => {
  try {
    exportSchema().nodeFromJSON(body).check();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'invalid',
      `This text does not fit the editor's schema (${detail}), so it was not saved. Nothing is lost: it stays in the editor.`,
    );
  }
};
