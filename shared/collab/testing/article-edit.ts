import fc from 'fast-check';
import { wordArbitrary } from './article-body-arbitrary';
import type { BodyEdit } from './body-edit';
import { bodyEditArbitrary } from './body-edit';

/** One change a writer makes to an article: its body, a comment thread or a metadata field. */
export type ArticleEdit =
  | { kind: 'body'; edit: BodyEdit }
  | { kind: 'openThread'; id: string; messageId: string; text: string }
  | { kind: 'reply'; thread: number; messageId: string; text: string }
  | { kind: 'resolve'; thread: number; resolved: boolean }
  | { kind: 'field'; field: 'headline' | 'section' | 'editorialNote'; value: string }
  | { kind: 'tags'; tags: string[] };

const uuid = fc.uuid({ version: 4 });
const text = wordArbitrary.filter((word) => word.trim().length > 0);

export const articleEditArbitrary: fc.Arbitrary<ArticleEdit> = fc.oneof(
  { arbitrary: bodyEditArbitrary.map((edit) => ({ kind: 'body' as const, edit })), weight: 6 },
  fc.record({ kind: fc.constant('openThread' as const), id: uuid, messageId: uuid, text }),
  fc.record({ kind: fc.constant('reply' as const), thread: fc.nat(), messageId: uuid, text }),
  fc.record({ kind: fc.constant('resolve' as const), thread: fc.nat(), resolved: fc.boolean() }),
  fc.record({
    kind: fc.constant('field' as const),
    field: fc.constantFrom('headline' as const, 'section' as const, 'editorialNote' as const),
    value: text.map((word) => word.trim()),
  }),
  fc.record({
    kind: fc.constant('tags' as const),
    tags: fc.array(
      text.map((word) => word.trim()),
      { maxLength: 3 },
    ),
  }),
);
