import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { TiptapDocument } from '../../../../shared/model/tiptap-document';

/** An article body as `article_bodies.body` keeps it: the JSON, deflated (a quarter of the size). */
export const encodeStoredBody = (body: TiptapDocument): Buffer =>
  deflateRawSync(JSON.stringify(body));

/** Reads both forms: the deflated BLOB, and the JSON text that libraries wrote before. */
export const decodeStoredBody = (stored: string | Buffer): TiptapDocument =>
  JSON.parse(
    typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8'),
  ) as TiptapDocument;
