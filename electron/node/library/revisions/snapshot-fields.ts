import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ArticleFields } from '../../../../shared/model/article';

/** A snapshot's fields as stored in `revisions.fields`: the JSON, deflated (a third of the size or less). */
export const encodeSnapshotFields = (fields: ArticleFields): Buffer =>
  deflateRawSync(JSON.stringify(fields));

export const decodeSnapshotFields = (stored: Buffer): ArticleFields => ({
  // Snapshots written before schema version 2 have no typography switch (it was on), before 4 no comments.
  typography: true,
  comments: [],
  ...(JSON.parse(inflateRawSync(stored).toString('utf8')) as Omit<
    ArticleFields,
    'typography' | 'comments'
  >),
});
