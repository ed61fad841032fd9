import type { ArticleFields } from '../model/article';
import type { Status } from '../model/status';

/** What the metadata comparison looks at: the article's fields (body aside) and its status. */
export type ComparedMetadata = Omit<ArticleFields, 'body' | 'typography' | 'comments'> & {
  status: Status;
};

export const comparedFields = [
  'headline',
  'standfirst',
  'slug',
  'section',
  'tags',
  'bylines',
  'dateline',
  'language',
  'deadline',
  'embargo',
  'targetLength',
  'editorialNote',
  'status',
] as const satisfies readonly (keyof ComparedMetadata)[];

export type ComparedField = (typeof comparedFields)[number];

export type MetadataChange = {
  [Field in ComparedField]: {
    field: Field;
    before: ComparedMetadata[Field];
    after: ComparedMetadata[Field];
  } & (Field extends 'tags' ? { added: string[]; removed: string[] } : unknown);
}[ComparedField];

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );

/** The fields that differ between two states of an article, in a fixed order. */
export const diffMetadata = (
  before: ComparedMetadata,
  after: ComparedMetadata,
): MetadataChange[] => {
  const changes: MetadataChange[] = [];
  for (const field of comparedFields) {
    if (canonical(before[field]) === canonical(after[field])) continue;
    if (field === 'tags') {
      const added = after.tags.filter((tag) => !before.tags.includes(tag));
      const removed = before.tags.filter((tag) => !after.tags.includes(tag));
      changes.push({ field, before: before.tags, after: after.tags, added, removed });
    } else {
      changes.push({ field, before: before[field], after: after[field] } as MetadataChange);
    }
  }
  return changes;
};
