import type { PoolClient } from 'pg';
import * as Y from 'yjs';
import { readArticleDocument } from '../../../../shared/collab/read-article-document';
import { AppError } from '../../../../shared/errors/error-code';
import { defaultArticleFields } from '../../../../shared/model/article-defaults';
import type { NewsroomRequest } from '../../../../shared/newsroom/newsroom-request';
import { assertReadiness } from '../../library/workflow/assert-readiness';
import type { Member } from '../server/newsroom-store';

const readableFields = (doc: Y.Doc, document: Uint8Array) => {
  try {
    Y.applyUpdate(doc, document);
    return readArticleDocument(doc, defaultArticleFields());
  } catch {
    return null;
  }
};

/**
 * The note to record for a move, after the same readiness checks as a local library (approving
 * and publishing need a ready article or a desk's override), read from the stored document; or
 * the reason the article is not ready.
 */
export const readinessNote = async (
  client: PoolClient,
  request: Extract<NewsroomRequest, { op: 'setStatus' }>,
  by: Member,
): Promise<{ ok: true; note: string } | { ok: false; message: string }> => {
  if (request.status !== 'approved' && request.status !== 'published') {
    return { ok: true, note: request.note };
  }
  const { rows } = await client.query<{ document: Buffer }>(
    'SELECT document FROM newsroom_articles WHERE id = $1',
    [request.id],
  );
  const doc = new Y.Doc();
  try {
    const fields = readableFields(doc, rows[0]!.document);
    if (fields === null) return { ok: false, message: 'The article’s document could not be read.' };
    const note = assertReadiness(fields, request.status, {
      role: by.role,
      note: request.note,
      ...(request.override ? { override: request.override } : {}),
      now: new Date(),
      policy: {},
    });
    return { ok: true, note };
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden')
      return { ok: false, message: error.message };
    throw error;
  } finally {
    doc.destroy();
  }
};
