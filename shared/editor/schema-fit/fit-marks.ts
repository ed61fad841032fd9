import type { Mark, NodeType, Schema } from '@tiptap/pm/model';
import type { TiptapMark } from '../../model/tiptap-document';
import { knownAttributes } from './known-attributes';

const createMark = (schema: Schema, json: TiptapMark): Mark | null => {
  const type = Object.hasOwn(schema.marks, json.type) ? schema.marks[json.type] : undefined;
  if (type === undefined) return null;
  try {
    return type.create(knownAttributes(type.spec.attrs, json.attrs));
  } catch {
    return null;
  }
};

/**
 * The marks a node may carry inside `parent`, as one sorted set: duplicates merged and
 * exclusions settled by `Mark.addToSet` (the later mark wins), unknown marks dropped.
 */
export const fitMarks = (
  schema: Schema,
  marks: readonly TiptapMark[] | undefined,
  parent: NodeType,
): readonly Mark[] => {
  let set: readonly Mark[] = [];
  for (const json of marks ?? []) {
    const mark = createMark(schema, json);
    if (mark !== null && parent.allowsMarkType(mark.type)) set = mark.addToSet(set);
  }
  return set;
};
