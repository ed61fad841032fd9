import { canonicalJson } from '../../../../shared/package/canonical-json';
import { exportSchema } from '../../../../shared/export/export-schema';
import type { ArticleFields } from '../../../../shared/model/article';
import type { Status } from '../../../../shared/model/status';
import type { TiptapDocument } from '../../../../shared/model/tiptap-document';
import { pickArticleFields } from '../../../../shared/model/article-fields';
import { sha256Hex } from '../../files/sha256';

/** The body as the schema writes it, so the same text hashes the same whoever wrote the JSON. */
const schemaBody = (body: TiptapDocument): unknown => {
  try {
    return exportSchema().nodeFromJSON(body).toJSON();
  } catch {
    return body;
  }
};

/**
 * Fingerprint of what a package carries between libraries: SHA-256 of the canonical JSON of the
 * editable fields and the status. Handoffs record it to tell which side changed since.
 */
export const contentHash = (article: ArticleFields & { status: Status }): string =>
  sha256Hex(
    canonicalJson({
      fields: { ...pickArticleFields(article), body: schemaBody(article.body) },
      status: article.status,
    }),
  );
